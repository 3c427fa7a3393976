package org.cleanprod.admin;

import org.cleanprod.admin.users.UserAccount;
import org.cleanprod.places.AgencyKind;
import org.cleanprod.shared.security.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.cleanprod.test.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The accounts API: the caller for everyone, accounts and roles for user administrators,
 * never a password hash.
 */
@AdminTest
class AdminApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	CurrentUser admin;

	@BeforeEach
	void signInAnAdministrator() {
		this.admin = this.accounts.signedIn(this.accounts.administrator());
	}

	@Test
	void meDescribesTheCallerAndItsScope() throws Exception {
		CurrentUser zone = this.accounts.signedIn(this.accounts.zoneOfficer());
		this.mvc.perform(get("/api/v1/me").with(as(zone)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(zone.getUsername()))
			.andExpect(jsonPath("$.role").value("ZONE_OFFICER"))
			.andExpect(jsonPath("$.roleName").value("Cán bộ Ban quản lý KCN"))
			.andExpect(jsonPath("$.permissions", hasItem("FACILITY_READ")))
			.andExpect(jsonPath("$.scope.kind").value("ZONE_BOARD"))
			.andExpect(jsonPath("$.scope.agencyId").value(this.accounts.firstZoneBoard()))
			.andExpect(jsonPath("$.scope.description").isNotEmpty());
		this.mvc.perform(get("/api/v1/me").with(as(zone)).param("lang", "en"))
			.andExpect(jsonPath("$.roleName").value("Industrial-zone officer"));
		CurrentUser consultant = this.accounts.signedIn(this.accounts.consultant());
		this.mvc.perform(get("/api/v1/me").with(as(consultant)))
			.andExpect(jsonPath("$.scope.assignedFacilities").value(0));
	}

	@Test
	void listsAndShowsAccountsWithoutPasswordHashes() throws Exception {
		UserAccount officer = this.accounts.districtOfficer();
		this.mvc.perform(get("/api/v1/users").with(as(this.admin)).param("q", officer.getUsername()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].username").value(officer.getUsername()))
			.andExpect(content().string(not(containsString("password"))))
			.andExpect(content().string(not(containsString(officer.getPasswordHash()))));
		this.mvc.perform(get("/api/v1/users/" + officer.getId()).with(as(this.admin)))
			.andExpect(jsonPath("$.scope.kind").value("UNITS"))
			.andExpect(jsonPath("$.version").isNumber())
			.andExpect(content().string(not(containsString("password"))));
	}

	@Test
	void createsAndUpdatesAccounts() throws Exception {
		long agency = this.accounts.firstAgency(AgencyKind.DEPARTMENT);
		String body = """
				{"username": "api.so.nganh", "displayName": "Tạo qua API", "role": "AGENCY_USER", "agencyId": %d,
				 "enabled": true, "password": "mật khẩu đủ dài"}
				""".formatted(agency);
		this.mvc
			.perform(post("/api/v1/users").with(as(this.admin))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/users/")))
			.andExpect(jsonPath("$.scope.agencyId").value(agency));
		UserAccount created = this.accounts.byUsername("api.so.nganh");
		String stale = """
				{"username": "api.so.nganh", "displayName": "Sửa", "role": "AGENCY_USER", "agencyId": %d,
				 "enabled": true, "version": %d}
				""".formatted(agency, created.getVersion() + 1);
		this.mvc
			.perform(put("/api/v1/users/" + created.getId()).with(as(this.admin))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(stale))
			.andExpect(status().isConflict());
	}

	@Test
	void listsTheFieldsInErrorWhenTheScopeIsMissing() throws Exception {
		this.mvc
			.perform(post("/api/v1/users").with(as(this.admin))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "api.thieu", "displayName": "Thiếu", "role": "DISTRICT_OFFICER",
						 "password": "mật khẩu đủ dài"}
						"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitIds"));
	}

	@Test
	void theOpenApiDescriptionListsTheAccountsApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/me']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/users/{id}']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/audit']").exists());
	}

	@Test
	void showsThePermissionsOfEachRole() throws Exception {
		this.mvc.perform(get("/api/v1/roles").with(as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ADMIN", hasItem("USER_ADMIN")));
	}

}
