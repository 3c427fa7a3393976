package org.cleanprod.places;

import org.cleanprod.places.agency.AgencyService;
import org.cleanprod.places.zone.ZoneService;
import org.cleanprod.resources.ReferenceFixtures;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.test.BothDatabases;
import org.cleanprod.test.IntegrationTest;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Administrators create and correct industrial zones and agencies, audited. */
@IntegrationTest
@BothDatabases
class ReferenceZoneAndAgencyEditingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	Places reference;

	@Autowired
	ReferenceFixtures fixtures;

	CurrentUser admin;

	long board;

	long otherBoard;

	long department;

	long zone;

	long commune;

	@BeforeEach
	void createTheirOwnBoardsAndZones() {
		this.admin = this.users.admin();
		this.board = this.fixtures.board("Ban Quản lý Khu Thử");
		this.otherBoard = this.fixtures.board("Ban Quản lý Khu Khác");
		this.department = this.fixtures.agency("Sở Thử Nghiệm", AgencyKind.DEPARTMENT);
		this.zone = this.fixtures.zone("KCN Thử Nghiệm", this.board);
		long province = this.fixtures.province("Tỉnh Khu Thử");
		this.commune = this.fixtures.newCommune("Xã Khu Thử", province);
	}

	@Test
	void administratorCreatesAZoneAndTheCreationIsAudited() throws Exception {
		Map<String, String> form = zoneForm("KCN Mới Thử", null);
		form.put("kind", "CLUSTER");
		form.put("unitId", String.valueOf(this.commune));
		form.put("areaHa", "75.5");
		String location = this.mvc.perform(post("/reference/zones/new", form))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring("/reference/zones/".length()));
		assertThat(this.reference.zone(id)).get().satisfies(zone -> {
			assertThat(zone.kind()).isEqualTo(ZoneKind.CLUSTER);
			assertThat(zone.boardId()).isEqualTo(this.board);
			assertThat(zone.unitId()).isEqualTo(this.commune);
		});
		assertThat(this.fixtures.auditRows(ZoneService.ENTITY, id)).isEqualTo(1);
		this.mvc.perform(get(location).with(TestUsers.as(this.admin)))
			.andExpect(content().string(containsString("75,5")))
			.andExpect(content().string(containsString("Xã Khu Thử")))
			.andExpect(content().string(containsString("Cụm công nghiệp")));
	}

	@Test
	void administratorMovesAZoneToAnotherBoardAndTheHistoryShowsIt() throws Exception {
		Map<String, String> form = zoneForm("KCN Thử Nghiệm", 0L);
		form.put("boardId", String.valueOf(this.otherBoard));
		form.put("areaHa", "123.5");
		this.mvc.perform(post("/reference/zones/" + this.zone + "/edit", form))
			.andExpect(redirectedUrl("/reference/zones/" + this.zone));
		assertThat(this.reference.zonesOfBoard(this.otherBoard)).containsExactly(this.zone);
		assertThat(this.fixtures.auditRows(ZoneService.ENTITY, this.zone)).isEqualTo(1);
		String page = this.mvc.perform(get("/reference/zones/" + this.zone).with(TestUsers.as(this.admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String history = page.substring(page.indexOf("id=\"history-table\""));
		assertThat(history).contains("Ban quản lý", "Ban Quản lý Khu Thử", "Ban Quản lý Khu Khác")
			.doesNotContain("Diện tích");
	}

	@Test
	void aZonesBoardMustBeAZoneBoard() throws Exception {
		Map<String, String> form = zoneForm("KCN Thử Nghiệm", 0L);
		form.put("boardId", String.valueOf(this.department));
		this.mvc.perform(post("/reference/zones/" + this.zone + "/edit", form))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hãy chọn một ban quản lý khu công nghiệp.")));
		assertThat(this.reference.zone(this.zone)).get().extracting(ZoneView::boardId).isEqualTo(this.board);
		assertThat(this.fixtures.auditRows(ZoneService.ENTITY, this.zone)).isZero();
	}

	@Test
	void aNegativeAreaIsRefused() throws Exception {
		Map<String, String> form = zoneForm("KCN Thử Nghiệm", 0L);
		form.put("areaHa", "-3");
		this.mvc.perform(post("/reference/zones/" + this.zone + "/edit", form))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"e-areaHa\"")));
		assertThat(this.fixtures.auditRows(ZoneService.ENTITY, this.zone)).isZero();
	}

	@Test
	void aZoneCanBeMarkedInactiveByUncheckingTheBox() throws Exception {
		Map<String, String> form = zoneForm("KCN Thử Nghiệm", 0L);
		form.remove("active");
		this.mvc.perform(post("/reference/zones/" + this.zone + "/edit", form)).andExpect(status().is3xxRedirection());
		assertThat(this.reference.zone(this.zone)).get().extracting(ZoneView::active).isEqualTo(false);
	}

	@Test
	void administratorRenamesAnAgencyAndTheHistoryShowsIt() throws Exception {
		Map<String, String> form = agencyForm(this.department, "Sở Thử Nghiệm và Đổi Tên", "DEPARTMENT");
		this.mvc.perform(post("/reference/agencies/" + this.department + "/edit", form))
			.andExpect(redirectedUrl("/reference/agencies/" + this.department));
		assertThat(this.reference.agency(this.department)).get()
			.extracting(AgencyView::name)
			.isEqualTo("Sở Thử Nghiệm và Đổi Tên");
		assertThat(this.fixtures.auditRows(AgencyService.ENTITY, this.department)).isEqualTo(1);
		this.mvc.perform(get("/reference/agencies/" + this.department).with(TestUsers.as(this.admin)))
			.andExpect(content().string(containsString("Sở Thử Nghiệm và Đổi Tên")))
			.andExpect(content().string(containsString("id=\"history-table\"")));
	}

	@Test
	void administratorCreatesAnAgencyWithAFreeCode() throws Exception {
		Map<String, String> form = agencyForm(this.department, "Sở Mới", "OTHER");
		form.put("code", "T-NEW-1");
		form.remove("version");
		String location = this.mvc.perform(post("/reference/agencies/new", form))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring("/reference/agencies/".length()));
		assertThat(this.reference.agencyByCode("T-NEW-1")).get().extracting(AgencyView::id).isEqualTo(id);
		assertThat(this.fixtures.auditRows(AgencyService.ENTITY, id)).isEqualTo(1);
		this.mvc.perform(post("/reference/agencies/new", form))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mã T-NEW-1 đã được dùng cho một cơ quan khác.")));
	}

	@Test
	void aBoardThatManagesZonesKeepsItsKind() throws Exception {
		Map<String, String> form = agencyForm(this.board, "Ban Quản lý Khu Thử", "DEPARTMENT");
		this.mvc.perform(post("/reference/agencies/" + this.board + "/edit", form))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("còn quản lý khu, cụm công nghiệp")));
		assertThat(this.reference.agency(this.board)).get()
			.extracting(AgencyView::kind)
			.isEqualTo(AgencyKind.ZONE_BOARD);
		assertThat(this.fixtures.auditRows(AgencyService.ENTITY, this.board)).isZero();
	}

	@Test
	void anAgencysCodeIsFixed() throws Exception {
		Map<String, String> form = agencyForm(this.department, "Sở Thử Nghiệm", "DEPARTMENT");
		form.put("code", "T-OTHER");
		this.mvc.perform(post("/reference/agencies/" + this.department + "/edit", form))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không đổi được mã của cơ quan.")));
	}

	private Map<String, String> zoneForm(String name, Long version) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", name);
		form.put("nameEn", "");
		form.put("kind", "ZONE");
		form.put("boardId", String.valueOf(this.board));
		form.put("unitId", "");
		form.put("areaHa", "123.50");
		form.put("locationNote", "");
		form.put("note", "Test note");
		form.put("_active", "on");
		form.put("active", "true");
		if (version != null) {
			form.put("version", String.valueOf(version));
		}
		return form;
	}

	private Map<String, String> agencyForm(long id, String name, String kind) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("code",
				this.jdbc.sql("SELECT code FROM agency WHERE id = :id").param("id", id).query(String.class).single());
		form.put("name", name);
		form.put("nameEn", "");
		form.put("kind", kind);
		form.put("_active", "on");
		form.put("active", "true");
		form.put("version", "0");
		return form;
	}

	private MockHttpServletRequestBuilder post(String url, Map<String, String> form) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(url)
			.with(TestUsers.as(this.admin))
			.with(csrf());
		form.forEach(request::param);
		return request;
	}

}
