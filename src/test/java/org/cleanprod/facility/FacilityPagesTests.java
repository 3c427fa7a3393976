package org.cleanprod.facility;

import org.cleanprod.facility.web.FacilityDetails;
import org.cleanprod.facility.web.FacilityForm;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.cleanprod.places.Places;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.test.BothDatabases;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

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

@IntegrationTest
@BothDatabases
class FacilityPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	FacilityService service;

	@Autowired
	Places reference;

	@Autowired
	TestUsers users;

	@Autowired
	Facilities facilities;

	CurrentUser officer;

	long mill;

	@BeforeEach
	void setUp() {
		this.officer = this.facilities.registrar();
		this.mill = this.facilities.textileMill("Phường Phú Cường");
	}

	@ParameterizedTest
	@ValueSource(strings = { "vi", "en" })
	void everyRegistryPageRendersInBothLanguages(String lang) throws Exception {
		long enterprise = this.service.details(this.mill, this.officer, false).enterprise().id();
		for (String page : List.of("/facilities", "/facilities/" + this.mill, "/facilities/new",
				"/facilities/" + this.mill + "/edit", "/facilities/" + this.mill + "/history", "/facilities/import",
				"/enterprises", "/enterprises/" + enterprise, "/enterprises/new",
				"/enterprises/" + enterprise + "/edit", "/")) {
			this.mvc.perform(get(page).param("lang", lang).with(as(this.officer)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<html lang=\"" + lang + "\">")))
				.andExpect(content().string(not(containsString("??"))));
		}
	}

	@Test
	void theListAnswersHtmxWithTheResultsFragmentOnly() throws Exception {
		this.mvc
			.perform(get("/facilities").param("q", "thu nghiem").header("HX-Request", "true").with(as(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("facility-table")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void districtOfficerGetsNotFoundForAnotherDistrictsFacility() throws Exception {
		long diAn = this.facilities.textileMill("Phường Dĩ An");
		CurrentUser district = this.users.district(Set.of(this.facilities.district("718").id()));
		this.mvc.perform(get("/facilities/" + diAn).with(as(district))).andExpect(status().isNotFound());
		this.mvc.perform(get("/facilities/" + diAn + "/edit").with(as(district))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/facilities/" + diAn).with(as(district))).andExpect(status().isNotFound());
		this.mvc.perform(get("/facilities/" + this.mill).with(as(district))).andExpect(status().isOk());
	}

	@Test
	void anAgencyUserMayNotOpenTheRegistry() throws Exception {
		CurrentUser agency = this.users.agency(this.reference.agencyByCode("STNMT").orElseThrow().id());
		this.mvc.perform(get("/facilities").with(as(agency))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/facilities").with(as(agency))).andExpect(status().isForbidden());
	}

	@Test
	void editingShowsFieldErrorsAndSavesValidChanges() throws Exception {
		FacilityForm form = this.service.form(this.mill, this.officer);
		this.mvc
			.perform(post("/facilities/" + this.mill + "/edit").with(as(this.officer))
				.with(csrf())
				.param("enterpriseId", form.enterpriseId().toString())
				.param("name", "")
				.param("unitId", form.unitId().toString())
				.param("sectorCode", "13")
				.param("employees", "-5")
				.param("version", String.valueOf(form.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"e-name\"")))
			.andExpect(content().string(containsString("id=\"e-employees\"")));
		this.mvc
			.perform(post("/facilities/" + this.mill + "/edit").with(as(this.officer))
				.with(csrf())
				.param("enterpriseId", form.enterpriseId().toString())
				.param("name", "Nhà máy dệt Đổi Tên")
				.param("unitId", form.unitId().toString())
				.param("sectorCode", "13")
				.param("employees", "150")
				.param("status", "ACTIVE")
				.param("contacts[0].name", "Nguyễn Văn An")
				.param("contacts[0].email", "an@example.vn")
				.param("version", String.valueOf(form.version())))
			.andExpect(redirectedUrlPattern("/facilities/*"));
		FacilityDetails details = this.service.details(this.mill, this.officer, false);
		assertThat(details.name()).isEqualTo("Nhà máy dệt Đổi Tên");
		assertThat(details.contacts()).extracting(Contact::name).containsExactly("Nguyễn Văn An");
	}

	@Test
	void aPostWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/facilities/" + this.mill + "/edit").with(as(this.officer)).param("name", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theExportIsARealWorkbookOfTheFilteredList() throws Exception {
		MvcResult result = this.mvc.perform(get("/facilities/export").param("q", "thu nghiem").with(as(this.officer)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn();
		try (ReadableWorkbook workbook = new ReadableWorkbook(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
				Stream<Row> rows = workbook.getFirstSheet().openStream()) {
			List<Row> all = rows.toList();
			assertThat(all.getFirst().getCellText(1)).isEqualTo("Mã số thuế");
			assertThat(all).hasSizeGreaterThanOrEqualTo(2);
			assertThat(all.subList(1, all.size()))
				.allSatisfy(row -> assertThat(row.getCellText(4)).contains("Thử Nghiệm"));
		}
	}

	@Test
	void theHomePageCountsTheUsersScope() throws Exception {
		long enterprise = this.service.details(this.mill, this.officer, false).enterprise().id();
		this.mvc.perform(get("/").with(as(this.users.enterprise(enterprise))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-tile=\"home.facilities\">1<")));
	}

}
