package org.cleanprod.admin;

import org.cleanprod.admin.roles.RoleMatrix;
import org.cleanprod.admin.roles.RoleService;
import org.cleanprod.admin.users.UserAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

import jakarta.servlet.http.Cookie;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.Permission;
import org.cleanprod.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cleanprod.test.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The role × permission matrix: a change takes effect at once (the role's users sign in
 * again), is audited per role, and can never take user administration from
 * administrators.
 */
@AdminTest
class RolePermissionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	RoleService roles;

	@Autowired
	JdbcClient jdbc;

	CurrentUser admin;

	@BeforeEach
	void signInAnAdministrator() {
		this.admin = this.accounts.signedIn(this.accounts.administrator());
	}

	@Test
	void showsTheMatrixAsItIs() throws Exception {
		String page = this.mvc.perform(get("/admin/roles").with(as(this.admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).containsPattern("id=\"g-ADMIN-USER_ADMIN\" checked\\s*>")
			.containsPattern("id=\"g-CONSULTANT-FACILITY_EXPORT\"\\s*>");
	}

	@Test
	void takingAPermissionFromARoleAppliesAtOnceAndIsAudited() throws Exception {
		UserAccount officer = this.accounts.officer();
		Cookie session = Accounts.signIn(this.mvc, officer);
		this.mvc.perform(get("/facilities/export").cookie(session)).andExpect(status().isOk());
		save((role, permission) -> role == Role.DEPARTMENT_OFFICER && permission == Permission.FACILITY_EXPORT)
			.andExpect(redirectedUrl("/admin/roles"));
		assertThat(this.roles.matrix().granted(Role.DEPARTMENT_OFFICER, Permission.FACILITY_EXPORT)).isFalse();
		assertThat(Accounts.isSignedIn(this.mvc, session)).as("the officer's session has ended").isFalse();
		Cookie again = Accounts.signIn(this.mvc, officer);
		this.mvc.perform(get("/facilities/export").cookie(again)).andExpect(status().isForbidden());
		List<String> audit = this.jdbc.sql("""
				SELECT before_state || ' → ' || after_state FROM audit_log
				WHERE entity_type = 'role' AND entity_id = :ordinal AND action = 'UPDATE'
				""").param("ordinal", Role.DEPARTMENT_OFFICER.ordinal()).query(String.class).list();
		assertThat(audit).singleElement()
			.satisfies(row -> assertThat(row.substring(0, row.indexOf('→'))).contains("FACILITY_EXPORT"))
			.satisfies(row -> assertThat(row.substring(row.indexOf('→'))).doesNotContain("FACILITY_EXPORT"));
	}

	@Test
	void grantingAPermissionLetsTheRoleIn() throws Exception {
		UserAccount consultant = this.accounts.consultant();
		this.mvc.perform(get("/facilities/export").cookie(Accounts.signIn(this.mvc, consultant)))
			.andExpect(status().isForbidden());
		save((role, permission) -> role == Role.CONSULTANT && permission == Permission.FACILITY_EXPORT);
		Cookie session = Accounts.signIn(this.mvc, consultant);
		this.mvc.perform(get("/facilities/export").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void onlyProvinceWideRolesMayManageAccountsOrReadTheAuditTrail() throws Exception {
		save((role, permission) -> role == Role.DISTRICT_OFFICER && permission == Permission.USER_ADMIN)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"form-errors\"")));
		save((role, permission) -> role == Role.ENTERPRISE_USER && permission == Permission.AUDIT_READ)
			.andExpect(content().string(containsString("id=\"form-errors\"")));
		assertThat(this.roles.matrix().granted(Role.DISTRICT_OFFICER, Permission.USER_ADMIN)).isFalse();
		String page = this.mvc.perform(get("/admin/roles").with(as(this.admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).containsPattern("id=\"g-DISTRICT_OFFICER-USER_ADMIN\"\\s+disabled")
			.containsPattern("id=\"g-DEPARTMENT_OFFICER-USER_ADMIN\"\\s*>");
	}

	@Test
	void savingTheSameMatrixChangesNothing() throws Exception {
		save((role, permission) -> false).andExpect(redirectedUrl("/admin/roles"));
		assertThat(
				this.jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'role'").query(Long.class).single())
			.isZero();
	}

	@Test
	void administratorsKeepUserAdministration() throws Exception {
		save((role, permission) -> role == Role.ADMIN && permission == Permission.USER_ADMIN).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"form-errors\"")));
		assertThat(this.roles.matrix().granted(Role.ADMIN, Permission.USER_ADMIN)).isTrue();
	}

	@Test
	void refusesAnUnknownGrant() throws Exception {
		this.mvc.perform(post("/admin/roles").with(as(this.admin)).with(csrf()).param("grant", "ADMIN:EVERYTHING"))
			.andExpect(status().isBadRequest());
	}

	/**
	 * Posts the current matrix with the grants the toggle selects flipped, as a page
	 * would.
	 */
	private ResultActions save(BiPredicate<Role, Permission> toggle) throws Exception {
		RoleMatrix current = this.roles.matrix();
		List<String> grants = new ArrayList<>();
		for (Role role : Role.values()) {
			for (Permission permission : Permission.values()) {
				if (current.granted(role, permission) != toggle.test(role, permission)) {
					grants.add(RoleMatrix.value(role, permission));
				}
			}
		}
		MockHttpServletRequestBuilder request = post("/admin/roles").with(as(this.admin)).with(csrf());
		grants.forEach(grant -> request.param("grant", grant));
		return this.mvc.perform(request);
	}

}
