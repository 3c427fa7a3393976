package org.cleanprod.resources;

import org.cleanprod.shared.excel.XlsxWriter;
import org.cleanprod.resources.resource.ResourceService;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Stream;

import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.Permission;
import org.cleanprod.test.BothDatabases;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages of resources, conversion factors and settings render in both languages, show
 * confidence and notes to editors only, and refuse editing to readers.
 */
@IntegrationTest
@BothDatabases
class ResourcePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Resources reference;

	@Autowired
	ReferenceFixtures fixtures;

	@Autowired
	TestUsers users;

	String dye;

	long gridFactor;

	@BeforeEach
	void createTheirOwnMaterial() {
		this.dye = this.fixtures.material("Thuốc nhuộm thử nghiệm", "13");
		this.gridFactor = this.reference.factors("ELECTRICITY", FactorKind.TCO2).getFirst().id();
	}

	@Test
	void everyPageRendersForAnAdministratorInVietnameseAndEnglish() throws Exception {
		CurrentUser admin = this.users.admin();
		List<String> pages = List.of("/reference", "/reference/resources",
				"/reference/resources?kind=ENERGY&carrierGroup=OIL&active=true&sort=name&dir=desc",
				"/reference/resources?sector=13&q=nhuom", "/reference/resources/ELECTRICITY", "/reference/resources/DO",
				"/reference/resources/WOOD", "/reference/resources/STEAM", "/reference/resources/" + this.dye,
				"/reference/resources/new", "/reference/resources/DO/edit",
				"/reference/resources/" + this.dye + "/edit", "/reference/resources/ELECTRICITY/factors/new",
				"/reference/resources/ELECTRICITY/factors/new?kind=TCO2&perUnit=MWH&validFrom=2025-01-01",
				"/reference/resources/ELECTRICITY/factors/new?kind=TCO2&perUnit=MWH&supersedes=" + this.gridFactor
						+ "&validFrom=2024-01-01",
				"/reference/resources/ELECTRICITY/factors/" + this.gridFactor + "/edit", "/reference/settings",
				"/reference/settings/DESIGNATED_ENERGY_USER_TOE/edit");
		for (String page : pages) {
			this.mvc.perform(get(page).with(TestUsers.as(admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("<html lang=\"vi\">"), not(containsString("??")))));
			String english = page + (page.contains("?") ? "&" : "?") + "lang=en";
			this.mvc.perform(get(english).with(TestUsers.as(admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("<html lang=\"en\">"), not(containsString("??")))));
		}
	}

	@Test
	void everyReadingPageRendersForAnOfficer() throws Exception {
		CurrentUser officer = this.users.officer();
		for (String page : List.of("/reference", "/reference/resources", "/reference/resources/ELECTRICITY",
				"/reference/resources/" + this.dye, "/reference/settings")) {
			this.mvc.perform(get(page).with(TestUsers.as(officer)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("??"))));
		}
	}

	@Test
	void theIndexLinksToResourcesAndSettings() throws Exception {
		this.mvc.perform(get("/reference").with(TestUsers.as(this.users.officer())))
			.andExpect(content().string(containsString("href=\"/reference/resources\"")))
			.andExpect(content().string(containsString("href=\"/reference/settings\"")));
	}

	@Test
	void theListShowsUnitsByTheirNamesDensityAndTheBiogenicFlag() throws Exception {
		String page = this.mvc.perform(get("/reference/resources").with(TestUsers.as(this.users.officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String diesel = section(page, "id=\"resource-DO\"", "</tr>");
		assertThat(diesel).contains("Dầu DO", "Xăng dầu", "tấn", "1.000 lít", "0,862745");
		String wood = section(page, "id=\"resource-WOOD\"", "</tr>");
		assertThat(wood).contains("Sinh khối", "Có");
		String english = this.mvc
			.perform(get("/reference/resources").param("lang", "en").with(TestUsers.as(this.users.officer())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(section(english, "id=\"resource-DO\"", "</tr>")).contains("Diesel oil (DO)", "tonne",
				"1,000 litres");
	}

	@Test
	void filtersKeepWhatASectorMayReport() throws Exception {
		CurrentUser officer = this.users.officer();
		this.mvc.perform(results().param("sector", "13").with(TestUsers.as(officer)))
			.andExpect(content().string(containsString("id=\"resource-" + this.dye + "\"")))
			.andExpect(content().string(containsString("id=\"resource-ELECTRICITY\"")))
			.andExpect(content().string(not(containsString("id=\"resource-PULP\""))));
		this.mvc.perform(results().param("kind", "MATERIAL").param("sector", "17").with(TestUsers.as(officer)))
			.andExpect(content().string(containsString("id=\"resource-PULP\"")))
			.andExpect(content().string(not(containsString("id=\"resource-ELECTRICITY\""))))
			.andExpect(content().string(not(containsString("id=\"resource-" + this.dye + "\""))));
		this.mvc.perform(results().param("carrierGroup", "COAL").with(TestUsers.as(officer)))
			.andExpect(content().string(containsString("id=\"resource-COAL_5_6\"")))
			.andExpect(content().string(not(containsString("id=\"resource-DO\""))));
		this.mvc.perform(results().param("q", "nhuom thu nghiem").with(TestUsers.as(officer)))
			.andExpect(content().string(containsString("id=\"resource-" + this.dye + "\"")))
			.andExpect(content().string(not(containsString("id=\"resource-DYES\""))))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void everySortKeySortsBothWaysAndPages() throws Exception {
		CurrentUser officer = this.users.officer();
		for (String direction : List.of("asc", "desc")) {
			for (String sort : ResourceService.SORT_KEYS) {
				this.mvc
					.perform(results().param("sort", sort)
						.param("dir", direction)
						.param("kind", "ENERGY")
						.with(TestUsers.as(officer)))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString("id=\"resource-DO\"")));
			}
		}
		String page = this.mvc
			.perform(results().param("kind", "ENERGY")
				.param("sort", "code")
				.param("size", "2")
				.param("page", "2")
				.with(TestUsers.as(officer)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"resource-COAL_3_4\"", "id=\"resource-COAL_5_6\"")
			.doesNotContain("id=\"resource-BAGASSE\"")
			.doesNotContain("id=\"resource-COKE\"");
	}

	@Test
	void theDetailsShowEveryFactorVersionWithSourcesAndTheSectorsOfAMaterial() throws Exception {
		String page = this.mvc.perform(get("/reference/resources/ELECTRICITY").with(TestUsers.as(this.users.officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String grid = section(page, "id=\"factor-table-TCO2\"", "</table>");
		assertThat(grid).contains("0,6811", "0,9185", "01/01/2016", "31/12/2016", "MWh", "S-EF5");
		assertThat(section(page, "id=\"factor-table-TOE\"", "</table>")).contains("0,0001543", "kWh");
		this.mvc.perform(get("/reference/resources/" + this.dye).with(TestUsers.as(this.users.officer())))
			.andExpect(content().string(containsString("id=\"resource-sectors\"")))
			.andExpect(content().string(containsString("Dệt")));
		this.mvc.perform(get("/reference/resources/COAL_1_2").with(TestUsers.as(this.users.officer())))
			.andExpect(content().string(containsString("badge text-bg-warning")));
	}

	@Test
	void editorsSeeConfidenceNotesAndEditLinksReadersOnlySources() throws Exception {
		this.mvc.perform(get("/reference/resources/ELECTRICITY").with(TestUsers.as(this.users.admin())))
			.andExpect(content().string(containsString("id=\"record-confidence\"")))
			.andExpect(content().string(containsString("Ước tính của một nhóm nghiên cứu")))
			.andExpect(content().string(containsString("id=\"factor-next-" + this.gridFactor + "\"")))
			.andExpect(content().string(containsString("validFrom=2025-01-01")))
			.andExpect(content().string(containsString("id=\"resource-edit\"")));
		this.mvc.perform(get("/reference/resources/ELECTRICITY").with(TestUsers.as(this.users.officer())))
			.andExpect(content().string(containsString("id=\"record-sources\"")))
			.andExpect(content().string(not(containsString("id=\"record-confidence\""))))
			.andExpect(content().string(not(containsString("Ước tính của một nhóm nghiên cứu"))))
			.andExpect(content().string(not(containsString("id=\"factor-next-"))))
			.andExpect(content().string(not(containsString("id=\"resource-edit\""))));
		this.mvc.perform(get("/reference/settings").with(TestUsers.as(this.users.admin())))
			.andExpect(content().string(containsString("Thông tư 25/2020/TT-BCT")))
			.andExpect(content().string(containsString("id=\"setting-edit-GJ_PER_TOE\"")));
		this.mvc.perform(get("/reference/settings").with(TestUsers.as(this.users.officer())))
			.andExpect(content().string(containsString("S-TOE3")))
			.andExpect(content().string(containsString("Ngưỡng cơ sở sử dụng năng lượng trọng điểm")))
			.andExpect(content().string(not(containsString("Thông tư 25/2020/TT-BCT"))))
			.andExpect(content().string(not(containsString("id=\"setting-edit-"))));
	}

	@Test
	void aUserWithoutReferenceEditCannotOpenOrPostTheEditPages() throws Exception {
		CurrentUser officer = this.users.officer();
		assertThat(officer.can(Permission.REFERENCE_EDIT)).isFalse();
		for (String page : List.of("/reference/resources/new", "/reference/resources/" + this.dye + "/edit",
				"/reference/resources/ELECTRICITY/factors/new",
				"/reference/resources/ELECTRICITY/factors/" + this.gridFactor + "/edit",
				"/reference/settings/GJ_PER_TOE/edit")) {
			this.mvc.perform(get(page).with(TestUsers.as(officer))).andExpect(status().isForbidden());
			this.mvc
				.perform(post(page).with(TestUsers.as(officer))
					.with(csrf())
					.param("code", "T_FORBIDDEN")
					.param("kind", "TCO2")
					.param("perUnit", "MWH")
					.param("value", "0.7")
					.param("validFrom", "2025-01-01")
					.param("closeOpen", "true")
					.param("name", "Renamed")
					.param("baseUnit", "TONNE")
					.param("acceptedUnits", "TONNE")
					.param("note", "Forbidden note")
					.param("version", "0"))
				.andExpect(status().isForbidden());
		}
		assertThat(this.jdbc.sql("""
				SELECT COUNT(*) FROM resource WHERE code = 'T_FORBIDDEN' OR name = 'Renamed' OR note = 'Forbidden note'
				""").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM conversion_factor WHERE note = 'Forbidden note'")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.reference.setting("GJ_PER_TOE"))
			.hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("41.868"));
	}

	@Test
	void unknownRecordsAnswerNotFound() throws Exception {
		for (String page : List.of("/reference/resources/NO_SUCH", "/reference/resources/NO_SUCH/edit",
				"/reference/resources/DO/factors/" + this.gridFactor + "/edit", "/reference/settings/NO_SUCH/edit")) {
			this.mvc.perform(get(page).with(TestUsers.as(this.users.admin()))).andExpect(status().isNotFound());
		}
	}

	@Test
	void theFilteredListExportsWithEveryFactorVersion() throws Exception {
		byte[] file = this.mvc
			.perform(get("/reference/resources/export").param("carrierGroup", "ELECTRICITY")
				.with(TestUsers.as(this.users.officer())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", XlsxWriter.CONTENT_TYPE))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
			List<Sheet> sheets = workbook.getSheets().toList();
			List<List<String>> resources = rows(sheets.get(0));
			assertThat(resources.getFirst()).startsWith("Mã", "Tên");
			assertThat(resources).hasSize(2);
			assertThat(resources.get(1)).contains("ELECTRICITY", "Điện năng", "kWh", "kWh, MWh, GWh");
			List<List<String>> factors = rows(sheets.get(1));
			assertThat(factors.getFirst()).doesNotContain("Độ tin cậy");
			assertThat(factors.subList(1, factors.size())).extracting(row -> row.get(3)).contains("0.6811", "0.9185");
		}
	}

	private List<List<String>> rows(Sheet sheet) throws Exception {
		try (Stream<Row> rows = sheet.openStream()) {
			return rows.map(row -> row.stream().map(cell -> (cell != null) ? cell.getText() : "").toList()).toList();
		}
	}

	private static MockHttpServletRequestBuilder results() {
		return get("/reference/resources").header("HX-Request", "true");
	}

	private static String section(String page, String start, String end) {
		int from = page.indexOf(start);
		assertThat(from).as(start).isNotNegative();
		return page.substring(from, page.indexOf(end, from));
	}

}
