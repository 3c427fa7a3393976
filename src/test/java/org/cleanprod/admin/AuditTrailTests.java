package org.cleanprod.admin;

import org.cleanprod.shared.excel.XlsxWriter;
import org.cleanprod.admin.users.UserAccount;
import org.cleanprod.admin.users.UserAccountRepository;
import org.cleanprod.admin.users.UserExcel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.cleanprod.shared.audit.AuditAction;
import org.cleanprod.shared.audit.AuditEntry;
import org.cleanprod.shared.audit.AuditedType;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.security.CurrentUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cleanprod.test.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators browse the audit trail: filtered by record, actor, action and dates,
 * each row opening to its changed fields in words and its raw states.
 */
@AdminTest
class AuditTrailTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserAccountRepository repository;

	@Autowired
	TestClock clock;

	@Autowired
	List<AuditedType> auditedTypes;

	@Autowired
	MessageSource messages;

	CurrentUser admin;

	UserAccount officer;

	@BeforeEach
	void changeAnAccount() throws Exception {
		this.admin = this.accounts.signedIn(this.accounts.administrator());
		this.officer = this.accounts.districtOfficer();
		this.mvc
			.perform(post("/admin/users/" + this.officer.getId() + "/edit").with(as(this.admin))
				.with(csrf())
				.param("username", this.officer.getUsername())
				.param("displayName", "Họ tên đã sửa")
				.param("role", "DISTRICT_OFFICER")
				.param("unitIds", String.valueOf(this.accounts.firstDistrict()))
				.param("enabled", "true")
				.param("version", String.valueOf(this.officer.getVersion())))
			.andExpect(status().is3xxRedirection());
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void showsAChangeWithItsFieldsInWordsAndItsRawStates() throws Exception {
		this.mvc
			.perform(get("/admin/audit").with(as(this.admin))
				.param("entityType", "user")
				.param("entityId", String.valueOf(this.officer.getId())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-entity-type=\"user\"")))
			.andExpect(content().string(containsString("data-field=\"displayName\"")))
			.andExpect(content().string(containsString("Họ và tên")))
			.andExpect(content().string(containsString("Họ tên đã sửa")))
			.andExpect(content().string(containsString("\"displayName\" : \"Họ tên đã sửa\"")))
			.andExpect(content().string(containsString("href=\"/admin/users/" + this.officer.getId() + "\"")));
	}

	@Test
	void filtersByRecordActorAndAction() throws Exception {
		this.mvc
			.perform(get("/admin/audit").with(as(this.admin))
				.param("entityType", "facility")
				.param("entityId", String.valueOf(this.officer.getId())))
			.andExpect(content().string(not(containsString("data-audit-id"))));
		this.mvc.perform(get("/admin/audit").with(as(this.admin)).param("actor", this.admin.getUsername()))
			.andExpect(content().string(containsString("data-entity-type=\"user\"")));
		this.mvc.perform(get("/admin/audit").with(as(this.admin)).param("actor", "nobody-did-this"))
			.andExpect(content().string(not(containsString("data-audit-id"))));
		this.mvc
			.perform(get("/admin/audit").with(as(this.admin))
				.param("actor", this.admin.getUsername())
				.param("action", "DELETE"))
			.andExpect(content().string(not(containsString("data-audit-id"))));
		this.mvc
			.perform(get("/admin/audit").with(as(this.admin))
				.param("actor", this.admin.getUsername())
				.param("action", "UPDATE")
				.param("entityType", "")
				.param("entityId", ""))
			.andExpect(content().string(containsString("data-audit-id")));
	}

	@Test
	void filtersByDateInTheProvincesTimeZone() throws Exception {
		LocalDate today = this.clock.instant().atZone(Formats.ZONE).toLocalDate();
		this.mvc
			.perform(get("/admin/audit").with(as(this.admin))
				.param("actor", this.admin.getUsername())
				.param("from", today.toString())
				.param("to", today.toString()))
			.andExpect(content().string(containsString("data-audit-id")));
		this.mvc
			.perform(get("/admin/audit").with(as(this.admin))
				.param("actor", this.admin.getUsername())
				.param("from", today.plusDays(1).toString()))
			.andExpect(content().string(not(containsString("data-audit-id"))));
		this.mvc
			.perform(get("/admin/audit").with(as(this.admin))
				.param("actor", this.admin.getUsername())
				.param("to", today.minusDays(1).toString()))
			.andExpect(content().string(not(containsString("data-audit-id"))));
		this.clock.advance(Duration.ofDays(3));
		this.mvc
			.perform(get("/admin/audit").with(as(this.admin))
				.param("actor", this.admin.getUsername())
				.param("from", today.plusDays(1).toString()))
			.andExpect(content().string(not(containsString("data-audit-id"))));
	}

	@Test
	void sortsPagesAndAnswersHtmxWithTheResultsOnly() throws Exception {
		this.mvc
			.perform(get("/admin/audit").with(as(this.admin))
				.header("HX-Request", "true")
				.param("sort", "actor")
				.param("dir", "asc")
				.param("size", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("aria-sort=\"ascending\"")));
	}

	@Test
	void exportsTheFilteredTrail() throws Exception {
		this.mvc.perform(get("/admin/audit/export").with(as(this.admin)).param("entityType", "user"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(XlsxWriter.CONTENT_TYPE))
			.andExpect(header().string("Content-Disposition", containsString("nhat-ky-thay-doi.xlsx")));
	}

	@Test
	void theApiListsTheTrailNewestFirst() throws Exception {
		this.mvc.perform(get("/api/v1/audit").with(as(this.admin)).param("entityType", "user"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].entityType").value("user"))
			.andExpect(jsonPath("$.items[0].action").value("UPDATE"));
	}

	@Test
	void everyModuleNamesItsAuditedTypesInBothLanguagesAndTheFilterOffersThem() throws Exception {
		assertThat(this.auditedTypes).extracting(AuditedType::type)
			.contains("user", "role", "token", "facility", "enterprise", "admin_unit", "industrial_zone", "agency",
					"resource", "conversion_factor", "reference_setting", "plan", "plan_target", "upload_limit");
		for (AuditedType type : this.auditedTypes) {
			for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
				assertThat(this.messages.getMessage("audit.entity." + type.type(), null, null, locale))
					.as("%s in %s", type.type(), locale)
					.isNotBlank();
			}
		}
		this.mvc.perform(get("/admin/audit").with(as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"industrial_zone\"")))
			.andExpect(content().string(containsString("value=\"plan_target\"")));
	}

	@Test
	void aTargetsEntryLinksToItsPlanAndAnAccountsOnlyForAdministrators() {
		AuditEntry target = new AuditEntry(1, Instant.now(), null, "system", null, "plan_target", 9, AuditAction.DELETE,
				"{\"planId\":7,\"code\":\"T1\"}", null);
		assertThat(type("plan_target").href(target, this.admin)).isEqualTo("/plans/7");
		AuditEntry account = new AuditEntry(2, Instant.now(), null, "system", null, "user", 5, AuditAction.UPDATE, "{}",
				"{}");
		assertThat(type("user").href(account, this.admin)).isEqualTo("/admin/users/5");
		assertThat(type("user").href(account, this.accounts.signedIn(this.officer))).isNull();
		assertThat(type("token").href(account, this.admin)).isNull();
	}

	private AuditedType type(String name) {
		return this.auditedTypes.stream().filter(type -> type.type().equals(name)).findFirst().orElseThrow();
	}

}
