package org.cleanprod.reference;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.test.PostgresTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reference queries and edits on PostgreSQL: accent-insensitive search, period and
 * date filters, sorting, and an audited edit of successors.
 */
@PostgresTest
class ReferencePostgresTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReferenceService reference;

	ReferenceFixtures fixtures;

	CurrentUser admin;

	long province;

	long district;

	long oldWard;

	long newWard;

	@BeforeEach
	void createTheirOwnMap() {
		this.fixtures = new ReferenceFixtures(this.jdbc, this.reference);
		this.admin = new TestUsers(this.jdbc).admin();
		this.province = this.fixtures.province("Tỉnh Máy Chủ");
		this.district = this.fixtures.district("Huyện Máy Chủ", this.province);
		this.oldWard = this.fixtures.oldCommune("Xã Máy Chủ Cũ", this.district);
		this.newWard = this.fixtures.newCommune("Phường Máy Chủ Mới", this.province);
	}

	@Test
	void searchesFiltersAndSortsUnits() throws Exception {
		this.mvc
			.perform(get("/api/v1/units").param("q", "thu dau mot")
				.param("period", "NEW")
				.param("sort", "validFrom")
				.param("dir", "desc")
				.with(TestUsers.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].name", hasItem("Phường Thủ Dầu Một")));
		this.mvc
			.perform(get("/api/v1/units").param("parentId", String.valueOf(this.province))
				.param("validOn", "2025-06-30")
				.param("level", "DISTRICT")
				.with(TestUsers.as(this.admin)))
			.andExpect(jsonPath("$.total", is(1)))
			.andExpect(jsonPath("$.items[0].name", is("Huyện Máy Chủ")));
		for (String sort : UnitService.SORT_KEYS) {
			this.mvc.perform(get("/reference/units").param("sort", sort).with(TestUsers.as(this.admin)))
				.andExpect(status().isOk());
		}
		for (String sort : ZoneService.SORT_KEYS) {
			this.mvc
				.perform(get("/reference/zones").param("sort", sort)
					.param("active", "true")
					.param("q", "vsip")
					.with(TestUsers.as(this.admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("VSIP")));
		}
		this.mvc.perform(get("/reference/sectors").with(TestUsers.as(this.admin))).andExpect(status().isOk());
	}

	@Test
	void editsSuccessorsWithTheirAuditRow() throws Exception {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("code",
				this.jdbc.sql("SELECT code FROM admin_unit WHERE id = :id")
					.param("id", this.oldWard)
					.query(String.class)
					.single());
		form.put("name", "Xã Máy Chủ Cũ");
		form.put("level", "COMMUNE");
		form.put("parentId", String.valueOf(this.district));
		form.put("validTo", "2025-06-30");
		form.put("note", "Test note");
		form.put("version", "0");
		form.put("successors[0].unitId", String.valueOf(this.newWard));
		form.put("successors[0].share", "WHOLE");
		form.put("successors[0].effectiveDate", "");
		MockHttpServletRequestBuilder post = MockMvcRequestBuilders.post("/reference/units/" + this.oldWard + "/edit")
			.with(TestUsers.as(this.admin))
			.with(csrf());
		form.forEach(post::param);
		this.mvc.perform(post).andExpect(redirectedUrl("/reference/units/" + this.oldWard));
		assertThat(this.reference.successors(this.oldWard)).extracting(UnitView::id).containsExactly(this.newWard);
		assertThat(this.fixtures.auditRows(UnitService.ENTITY, this.oldWard)).isEqualTo(1);
		this.mvc.perform(get("/reference/units/" + this.oldWard).with(TestUsers.as(this.admin)))
			.andExpect(content().string(containsString("Phường Máy Chủ Mới (Toàn bộ, 01/07/2025)")));
	}

}
