package org.cleanprod.admin;

import org.cleanprod.shared.excel.XlsxWriter;
import org.cleanprod.admin.users.UserAccount;
import org.cleanprod.admin.users.UserAccountRepository;
import org.cleanprod.admin.users.UserExcel;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.cleanprod.places.AgencyKind;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.Role;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cleanprod.test.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators manage accounts: the scope a role needs is required, every change is
 * audited without the password hash, and a change of access ends the user's sessions.
 */
@AdminTest
class UserAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserAccountRepository repository;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	CurrentUser admin;

	@BeforeEach
	void signInAnAdministrator() {
		this.admin = this.accounts.signedIn(this.accounts.administrator());
	}

	@Test
	void listsAccountsWithFiltersAndFlagsDemoAccounts() throws Exception {
		UserAccount demo = this.accounts.officer();
		demo.markDemo();
		UserAccount disabled = this.accounts.consultant();
		disabled.setEnabled(false);
		this.repository.flush();
		this.mvc.perform(get("/admin/users").with(as(this.admin)).param("q", demo.getUsername()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-username=\"" + demo.getUsername() + "\"")))
			.andExpect(content().string(containsString("data-demo=\"true\"")));
		this.mvc.perform(get("/admin/users").with(as(this.admin)).param("role", "CONSULTANT").param("enabled", "false"))
			.andExpect(content().string(containsString("data-username=\"" + disabled.getUsername() + "\"")))
			.andExpect(content().string(not(containsString("data-username=\"" + demo.getUsername() + "\""))));
	}

	@Test
	void findsPeopleByNameWithoutAccents() throws Exception {
		createUser(form("nguyen.van.an", "Nguyễn Văn Ân", Role.DEPARTMENT_OFFICER))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/admin/users").with(as(this.admin)).param("q", "nguyen van an"))
			.andExpect(content().string(containsString("data-username=\"nguyen.van.an\"")));
		this.mvc.perform(get("/admin/users").with(as(this.admin)).param("q", "Văn Ân"))
			.andExpect(content().string(containsString("data-username=\"nguyen.van.an\"")));
	}

	@Test
	void answersFiltersFromHtmxWithTheResultsOnly() throws Exception {
		this.mvc
			.perform(get("/admin/users").with(as(this.admin)).header("HX-Request", "true").param("sort", "lastLogin"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"user-table\"")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void exportsTheListToExcel() throws Exception {
		this.mvc.perform(get("/admin/users/export").with(as(this.admin)).param("role", "ADMIN"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(XlsxWriter.CONTENT_TYPE))
			.andExpect(header().string("Content-Disposition", containsString("nguoi-dung.xlsx")));
	}

	@Test
	void createsADistrictOfficerWithUnitsAndAuditsItWithoutThePassword() throws Exception {
		long district = this.accounts.firstDistrict();
		createUser(
				form("can.bo.huyen", "Cán bộ huyện", Role.DISTRICT_OFFICER).param("unitIds", String.valueOf(district)))
			.andExpect(redirectedUrlPattern("/admin/users/*"));
		UserAccount created = this.repository.findByUsername("can.bo.huyen").orElseThrow();
		assertThat(created.getUnitIds()).containsExactly(district);
		assertThat(this.encoder.matches("mật khẩu đủ dài", created.getPasswordHash())).isTrue();
		String after = auditStates("CREATE", created.getId()).getFirst();
		assertThat(after).contains("can.bo.huyen", "DISTRICT_OFFICER")
			.doesNotContain(created.getPasswordHash())
			.doesNotContain("mật khẩu đủ dài")
			.doesNotContainIgnoringCase("password");
	}

	@Test
	void lowerCasesTheUserName() throws Exception {
		createUser(form("Tran.Thi.Binh", "Trần Thị Bình", Role.DEPARTMENT_OFFICER))
			.andExpect(redirectedUrlPattern("/admin/users/*"));
		assertThat(this.repository.findByUsername("tran.thi.binh")).isPresent();
	}

	@Test
	void requiresTheScopeEachRoleNeeds() throws Exception {
		createUser(form("huyen.thieu", "Thiếu đơn vị", Role.DISTRICT_OFFICER)).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"e-unitIds\"")));
		createUser(form("kcn.thieu", "Thiếu ban quản lý", Role.ZONE_OFFICER)).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"e-zoneBoardId\"")));
		createUser(form("kcn.sai", "Không phải ban quản lý", Role.ZONE_OFFICER).param("zoneBoardId",
				String.valueOf(this.accounts.firstAgency(AgencyKind.DEPARTMENT))))
			.andExpect(content().string(containsString("id=\"e-zoneBoardId\"")));
		createUser(form("so.thieu", "Thiếu sở", Role.AGENCY_USER))
			.andExpect(content().string(containsString("id=\"e-agencyId\"")));
		createUser(form("dn.thieu", "Thiếu doanh nghiệp", Role.ENTERPRISE_USER))
			.andExpect(content().string(containsString("id=\"e-enterpriseId\"")));
		createUser(form("dn.sai", "Doanh nghiệp không có", Role.ENTERPRISE_USER).param("enterpriseId", "987654321"))
			.andExpect(content().string(containsString("id=\"e-enterpriseId\"")));
		assertThat(this.repository.findByUsername("huyen.thieu")).isEmpty();
	}

	@Test
	void showsEveryErrorOfTheFormAtOnce() throws Exception {
		this.mvc
			.perform(post("/admin/users/new").with(as(this.admin))
				.with(csrf())
				.param("username", "")
				.param("displayName", "")
				.param("role", "ZONE_OFFICER")
				.param("password", "ngắn"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"e-username\"")))
			.andExpect(content().string(containsString("id=\"e-displayName\"")))
			.andExpect(content().string(containsString("id=\"e-password\"")))
			.andExpect(content().string(containsString("id=\"e-zoneBoardId\"")));
	}

	@Test
	void createsAccountsOfEveryScopeKind() throws Exception {
		createUser(form("ban.kcn", "Ban KCN", Role.ZONE_OFFICER).param("zoneBoardId",
				String.valueOf(this.accounts.firstZoneBoard())))
			.andExpect(status().is3xxRedirection());
		createUser(form("so.nganh", "Sở ngành", Role.AGENCY_USER).param("agencyId",
				String.valueOf(this.accounts.firstAgency(AgencyKind.DEPARTMENT))))
			.andExpect(status().is3xxRedirection());
		long enterprise = this.accounts.textileMill();
		createUser(form("doanh.nghiep", "Doanh nghiệp", Role.ENTERPRISE_USER).param("enterpriseId",
				String.valueOf(enterprise)))
			.andExpect(status().is3xxRedirection());
		createUser(form("tu.van", "Tư vấn", Role.CONSULTANT)).andExpect(status().is3xxRedirection());
		assertThat(this.repository.findByUsername("ban.kcn").orElseThrow().scope().agencyId())
			.isEqualTo(this.accounts.firstZoneBoard());
		assertThat(this.repository.findByUsername("doanh.nghiep").orElseThrow().scope().enterpriseId())
			.isEqualTo(enterprise);
		long id = this.repository.findByUsername("doanh.nghiep").orElseThrow().getId();
		this.mvc.perform(get("/admin/users/" + id).with(as(this.admin)))
			.andExpect(content().string(containsString("Công ty TNHH Dệt may Thử nghiệm")));
	}

	@Test
	void dropsScopeFieldsTheRoleDoesNotUse() throws Exception {
		createUser(form("so.khong.don.vi", "Sở", Role.DEPARTMENT_OFFICER)
			.param("unitIds", String.valueOf(this.accounts.firstDistrict()))
			.param("agencyId", String.valueOf(this.accounts.firstZoneBoard()))).andExpect(status().is3xxRedirection());
		UserAccount created = this.repository.findByUsername("so.khong.don.vi").orElseThrow();
		assertThat(created.getUnitIds()).isEmpty();
		assertThat(created.getAgencyId()).isNull();
	}

	@Test
	void refusesATakenOrMalformedUserNameAndAShortPassword() throws Exception {
		UserAccount existing = this.accounts.officer();
		createUser(form(existing.getUsername(), "Trùng tên", Role.DEPARTMENT_OFFICER))
			.andExpect(content().string(containsString("id=\"e-username\"")));
		createUser(form("hà.nội", "Có dấu", Role.DEPARTMENT_OFFICER))
			.andExpect(content().string(containsString("id=\"e-username\"")));
		createUser(form("ab", "Quá ngắn", Role.DEPARTMENT_OFFICER))
			.andExpect(content().string(containsString("id=\"e-username\"")));
		createUser(form("mat.khau.ngan", "Mật khẩu ngắn", Role.DEPARTMENT_OFFICER, "ngắn quá"))
			.andExpect(content().string(containsString("id=\"e-password\"")));
		assertThat(this.repository.findByUsername("mat.khau.ngan")).isEmpty();
	}

	@Test
	void editsRoleAndScopeAuditsTheChangeAndEndsTheUsersSessions() throws Exception {
		UserAccount officer = this.accounts.districtOfficer();
		Cookie session = Accounts.signIn(this.mvc, officer);
		this.repository.flush(); // the sign-in recorded its time on the account
		assertThat(Accounts.isSignedIn(this.mvc, session)).isTrue();
		long board = this.accounts.firstZoneBoard();
		this.mvc
			.perform(post("/admin/users/" + officer.getId() + "/edit").with(as(this.admin))
				.with(csrf())
				.param("username", officer.getUsername())
				.param("displayName", "Chuyển sang ban quản lý")
				.param("role", "ZONE_OFFICER")
				.param("zoneBoardId", String.valueOf(board))
				.param("enabled", "true")
				.param("version", String.valueOf(officer.getVersion())))
			.andExpect(redirectedUrlPattern("/admin/users/*"));
		UserAccount changed = this.repository.findById(officer.getId()).orElseThrow();
		assertThat(changed.getRole()).isEqualTo(Role.ZONE_OFFICER);
		assertThat(changed.getUnitIds()).isEmpty();
		assertThat(changed.getAgencyId()).isEqualTo(board);
		assertThat(auditStates("UPDATE", officer.getId())).singleElement()
			.satisfies(after -> assertThat(after).contains("ZONE_OFFICER", "Chuyển sang ban quản lý"));
		assertThat(Accounts.isSignedIn(this.mvc, session)).as("the old session has ended").isFalse();
		Cookie again = Accounts.signIn(this.mvc, changed);
		assertThat(Accounts.isSignedIn(this.mvc, again)).isTrue();
	}

	@Test
	void editingOnlyContactDetailsKeepsTheUsersSessions() throws Exception {
		UserAccount officer = this.accounts.officer();
		Cookie session = Accounts.signIn(this.mvc, officer);
		this.repository.flush(); // the sign-in recorded its time on the account
		this.mvc
			.perform(post("/admin/users/" + officer.getId() + "/edit").with(as(this.admin))
				.with(csrf())
				.param("username", officer.getUsername())
				.param("displayName", officer.getDisplayName())
				.param("email", "can.bo@sct.binhduong.gov.vn")
				.param("role", "DEPARTMENT_OFFICER")
				.param("enabled", "true")
				.param("version", String.valueOf(this.repository.findById(officer.getId()).orElseThrow().getVersion())))
			.andExpect(redirectedUrlPattern("/admin/users/*"));
		assertThat(Accounts.isSignedIn(this.mvc, session)).isTrue();
	}

	@Test
	void disablingAnAccountEndsItsSessions() throws Exception {
		UserAccount officer = this.accounts.officer();
		Cookie session = Accounts.signIn(this.mvc, officer);
		this.repository.flush(); // the sign-in recorded its time on the account
		this.mvc
			.perform(post("/admin/users/" + officer.getId() + "/edit").with(as(this.admin))
				.with(csrf())
				.param("username", officer.getUsername())
				.param("displayName", officer.getDisplayName())
				.param("role", "DEPARTMENT_OFFICER")
				.param("_enabled", "on")
				.param("version", String.valueOf(this.repository.findById(officer.getId()).orElseThrow().getVersion())))
			.andExpect(redirectedUrlPattern("/admin/users/*"));
		assertThat(this.repository.findById(officer.getId()).orElseThrow().isEnabled()).isFalse();
		assertThat(Accounts.isSignedIn(this.mvc, session)).isFalse();
	}

	@Test
	void refusesAStaleEdit() throws Exception {
		UserAccount officer = this.accounts.officer();
		this.mvc
			.perform(post("/admin/users/" + officer.getId() + "/edit").with(as(this.admin))
				.with(csrf())
				.param("username", officer.getUsername())
				.param("displayName", "Bản cũ")
				.param("role", "DEPARTMENT_OFFICER")
				.param("enabled", "true")
				.param("version", String.valueOf(officer.getVersion() - 1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"form-errors\"")));
		assertThat(this.repository.findById(officer.getId()).orElseThrow().getDisplayName()).isNotEqualTo("Bản cũ");
	}

	@Test
	void anAdministratorCannotDemoteOrDisableThemselves() throws Exception {
		UserAccount self = this.repository.findById(this.admin.id()).orElseThrow();
		this.mvc
			.perform(post("/admin/users/" + self.getId() + "/edit").with(as(this.admin))
				.with(csrf())
				.param("username", self.getUsername())
				.param("displayName", self.getDisplayName())
				.param("role", "DEPARTMENT_OFFICER")
				.param("_enabled", "on")
				.param("version", String.valueOf(self.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"e-role\"")))
			.andExpect(content().string(containsString("id=\"e-enabled\"")));
		assertThat(this.repository.findById(self.getId()).orElseThrow().getRole()).isEqualTo(Role.ADMIN);
		assertThat(this.repository.findById(self.getId()).orElseThrow().isEnabled()).isTrue();
	}

	@Test
	void resettingAPasswordIsAuditedAsAChangeNotAsAHashAndEndsTheSessions() throws Exception {
		UserAccount officer = this.accounts.officer();
		Cookie session = Accounts.signIn(this.mvc, officer);
		this.repository.flush(); // the sign-in recorded its time on the account
		this.mvc
			.perform(post("/admin/users/" + officer.getId() + "/password").with(as(this.admin))
				.with(csrf())
				.param("password", "một mật khẩu mới dài"))
			.andExpect(redirectedUrlPattern("/admin/users/*"));
		UserAccount changed = this.repository.findById(officer.getId()).orElseThrow();
		assertThat(this.encoder.matches("một mật khẩu mới dài", changed.getPasswordHash())).isTrue();
		assertThat(auditStates("UPDATE", officer.getId())).singleElement()
			.satisfies(after -> assertThat(after).contains("\"passwordChanged\":true")
				.doesNotContain(changed.getPasswordHash())
				.doesNotContain("một mật khẩu mới dài"));
		assertThat(Accounts.isSignedIn(this.mvc, session)).isFalse();
	}

	@Test
	void refusesAShortResetPassword() throws Exception {
		UserAccount officer = this.accounts.officer();
		this.mvc
			.perform(post("/admin/users/" + officer.getId() + "/password").with(as(this.admin))
				.with(csrf())
				.param("password", "123456789"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"e-password\"")));
	}

	@Test
	void showsAnAccountWithItsScopeInWordsAndItsHistory() throws Exception {
		UserAccount officer = this.accounts.districtOfficer();
		this.mvc.perform(get("/admin/users/" + officer.getId()).with(as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(officer.getUsername())))
			.andExpect(content().string(containsString("id=\"user-scope\"")));
		this.mvc.perform(get("/admin/users/" + officer.getId() + "/edit").with(as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"f-unitIds\"")));
	}

	@Test
	void swapsTheScopeFieldsWhenTheRoleChanges() throws Exception {
		this.mvc.perform(get("/admin/users/scope-fields").with(as(this.admin)).param("role", "DISTRICT_OFFICER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"f-unitIds\"")))
			.andExpect(content().string(not(containsString("<html"))));
		this.mvc.perform(get("/admin/users/scope-fields").with(as(this.admin)).param("role", "ENTERPRISE_USER"))
			.andExpect(content().string(containsString("id=\"f-enterpriseId\"")));
		this.mvc.perform(get("/admin/users/scope-fields").with(as(this.admin)).param("role", "ZONE_OFFICER"))
			.andExpect(content().string(containsString("id=\"f-zoneBoardId\"")));
		this.mvc.perform(get("/admin/users/scope-fields").with(as(this.admin)).param("role", "AGENCY_USER"))
			.andExpect(content().string(containsString("id=\"f-agencyId\"")));
		this.mvc.perform(get("/admin/users/scope-fields").with(as(this.admin)).param("role", "CONSULTANT"))
			.andExpect(content().string(containsString("id=\"scope-assigned\"")));
	}

	@Test
	void searchesEnterprisesForTheEnterpriseField() throws Exception {
		long enterprise = this.accounts.textileMill();
		this.mvc
			.perform(
					get("/admin/users/enterprise-options").with(as(this.admin)).param("enterpriseQuery", "det may thu"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + enterprise + "\"")));
	}

	@Test
	void anUnknownAccountIsNotFound() throws Exception {
		this.mvc.perform(get("/admin/users/987654321").with(as(this.admin))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/users/987654321").with(as(this.admin))).andExpect(status().isNotFound());
	}

	@Test
	void nobodyButUserAdministratorsReachesTheUserPagesOrApi() throws Exception {
		long id = this.accounts.officer().getId();
		List<CurrentUser> others = List.of(this.users.officer(),
				this.users.district(Set.of(this.accounts.firstDistrict())),
				this.users.zone(this.accounts.firstZoneBoard()),
				this.users.agency(this.accounts.firstAgency(AgencyKind.DEPARTMENT)), this.users.consultant(),
				this.users.enterprise(1));
		List<String> pages = List.of("/admin/users", "/admin/users/export", "/admin/users/new", "/admin/users/" + id,
				"/admin/users/" + id + "/edit", "/admin/users/scope-fields?role=ADMIN",
				"/admin/users/enterprise-options", "/admin/roles", "/admin/audit", "/admin/audit/export",
				"/api/v1/users", "/api/v1/users/" + id, "/api/v1/roles", "/api/v1/audit");
		List<String> forms = List.of("/admin/users/new", "/admin/users/" + id + "/edit",
				"/admin/users/" + id + "/password", "/admin/roles", "/api/v1/users");
		for (CurrentUser user : others) {
			for (String page : pages) {
				this.mvc.perform(get(page).with(as(user))).andExpect(status().isForbidden());
			}
			for (String form : forms) {
				this.mvc.perform(post(form).with(as(user)).with(csrf())).andExpect(status().isForbidden());
			}
		}
	}

	private ResultActions createUser(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(as(this.admin)).with(csrf()));
	}

	private static MockHttpServletRequestBuilder form(String username, String displayName, Role role) {
		return form(username, displayName, role, "mật khẩu đủ dài");
	}

	private static MockHttpServletRequestBuilder form(String username, String displayName, Role role, String password) {
		return post("/admin/users/new").param("username", username)
			.param("displayName", displayName)
			.param("role", role.name())
			.param("enabled", "true")
			.param("password", password);
	}

	/** The states after of the user's audit rows of one action, oldest first. */
	private List<String> auditStates(String action, long userId) {
		return this.jdbc.sql(
				"SELECT after_state FROM audit_log WHERE entity_type = 'user' AND entity_id = :id AND action = :action "
						+ "ORDER BY id")
			.param("id", userId)
			.param("action", action)
			.query(String.class)
			.list();
	}

}
