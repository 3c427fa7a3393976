package org.cleanprod.shared.upload;

import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.test.BothDatabases;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cleanprod.test.TestUsers.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrators' page of the upload limits: listed in both languages, edited with
 * validation of each limit's range, a stale edit refused, each change audited; other
 * users may not see it. Each test's changes roll back.
 */
@IntegrationTest
@BothDatabases
class UploadLimitPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	UploadLimits limits;

	CurrentUser admin;

	@BeforeEach
	void setUp() {
		this.admin = this.users.admin();
	}

	@ParameterizedTest
	@ValueSource(strings = { "vi", "en" })
	void theListShowsEveryLimitWithItsDefaultInBothLanguages(String lang) throws Exception {
		this.mvc.perform(get("/admin/upload-limits").param("lang", lang).with(as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"upload-limit-table\""),
					containsString("id=\"limit-ROWS\""), containsString("id=\"limit-edit-JOBS_TOTAL\""),
					containsString("href=\"/admin/upload-limits\""), not(containsString("??")))));
		this.mvc.perform(get("/admin/upload-limits/ROWS/edit").param("lang", lang).with(as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"value\""), containsString("name=\"version\""),
					not(containsString("??")))));
	}

	@Test
	void anAdministratorChangesALimitAndTheChangeIsAuditedAndInForceAtOnce() throws Exception {
		long version = this.limits.find(UploadLimit.ROWS).version();
		this.mvc
			.perform(post("/admin/upload-limits/ROWS/edit").param("value", "500000")
				.param("version", String.valueOf(version))
				.with(as(this.admin))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/upload-limits#limit-ROWS"));
		assertThat(this.limits.current().get(UploadLimit.ROWS)).isEqualTo(500_000);
		assertThat(this.jdbc
			.sql("SELECT after_state FROM audit_log WHERE entity_type = 'upload_limit'"
					+ " AND actor_id = :actor ORDER BY id DESC")
			.param("actor", this.admin.id())
			.query(String.class)
			.list()).first().asString().contains("500000");

		this.mvc
			.perform(post("/admin/upload-limits/REQUEST_BYTES/edit").param("value", "20")
				.param("version", String.valueOf(this.limits.find(UploadLimit.REQUEST_BYTES).version()))
				.with(as(this.admin))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/upload-limits#limit-REQUEST_BYTES"));
		assertThat(this.limits.current().get(UploadLimit.REQUEST_BYTES)).isEqualTo(20L * 1_048_576);
	}

	@Test
	void aValueOutOfTheLimitsRangeOrAboveTheServersCeilingIsAFieldError() throws Exception {
		long version = this.limits.find(UploadLimit.COLUMNS).version();
		this.mvc
			.perform(post("/admin/upload-limits/COLUMNS/edit").param("value", "20000")
				.param("version", String.valueOf(version))
				.with(as(this.admin))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"e-value\""), containsString("16.384"))));
		this.mvc
			.perform(post("/admin/upload-limits/REQUEST_BYTES/edit").param("value", "51")
				.param("version", String.valueOf(this.limits.find(UploadLimit.REQUEST_BYTES).version()))
				.with(as(this.admin))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"e-value\"")));
		this.mvc
			.perform(post("/admin/upload-limits/ROWS/edit").param("value", "")
				.param("version", String.valueOf(version))
				.with(as(this.admin))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"e-value\"")));
		assertThat(this.limits.current().get(UploadLimit.COLUMNS)).isEqualTo(16_384);
	}

	@Test
	void aStaleEditIsRefusedKeepingWhatWasTyped() throws Exception {
		long version = this.limits.find(UploadLimit.JOBS_TOTAL).version();
		this.limits.update(UploadLimit.JOBS_TOTAL, 6, version, this.admin);
		this.mvc
			.perform(post("/admin/upload-limits/JOBS_TOTAL/edit").param("value", "8")
				.param("version", String.valueOf(version))
				.with(as(this.admin))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"form-errors\""), containsString("value=\"8\""))));
		assertThat(this.limits.current().get(UploadLimit.JOBS_TOTAL)).isEqualTo(6);
	}

	@Test
	void usersWithoutUserAdminMayNotSeeOrChangeTheLimits() throws Exception {
		CurrentUser officer = this.users.officer();
		this.mvc.perform(get("/admin/upload-limits").with(as(officer))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/upload-limits/ROWS/edit").param("value", "1")
				.param("version", "0")
				.with(as(officer))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/upload-limits/NO_SUCH/edit").with(as(this.admin)))
			.andExpect(status().isNotFound());
		assertThat(this.limits.current().get(UploadLimit.ROWS)).isEqualTo(UploadLimit.ROWS.defaultValue());
	}

}
