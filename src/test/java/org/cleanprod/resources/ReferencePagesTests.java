package org.cleanprod.resources;

import org.cleanprod.shared.excel.XlsxWriter;
import org.cleanprod.places.Places;
import org.cleanprod.places.UnitView;
import org.cleanprod.places.unit.Share;
import org.cleanprod.places.unit.UnitService;
import org.cleanprod.places.zone.ZoneService;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
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

@IntegrationTest
@BothDatabases
class ReferencePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Places reference;

	@Autowired
	ReferenceFixtures fixtures;

	@Autowired
	TestUsers users;

	long province;

	long district;

	long oldWard;

	long newWard;

	long board;

	long zone;

	@BeforeEach
	void createTheirOwnMap() {
		this.province = this.fixtures.province("Tỉnh Thử Nghiệm");
		this.district = this.fixtures.district("Huyện Đồi Núi", this.province);
		this.oldWard = this.fixtures.oldCommune("Xã Suối Mơ", this.district);
		this.newWard = this.fixtures.newCommune("Phường Suối Mơ Mới", this.province);
		this.fixtures.succession(this.oldWard, this.newWard, Share.PART);
		this.board = this.fixtures.board("Ban Quản lý Thử Nghiệm");
		this.zone = this.fixtures.zone("KCN Suối Mơ", this.board);
	}

	@Test
	void everyPageRendersForAnAdministratorInVietnameseAndEnglish() throws Exception {
		CurrentUser admin = this.users.admin();
		List<String> pages = List.of("/reference", "/reference/units", "/reference/units?level=COMMUNE&period=NEW",
				"/reference/units?validOn=2025-06-30&parentId=" + this.district + "&sort=validTo&dir=desc",
				"/reference/units/" + this.oldWard, "/reference/units/" + this.newWard, "/reference/units/new",
				"/reference/units/" + this.oldWard + "/edit", "/reference/zones",
				"/reference/zones?kind=ZONE&active=true&boardId=" + this.board + "&sort=area",
				"/reference/zones/" + this.zone, "/reference/zones/new", "/reference/zones/" + this.zone + "/edit",
				"/reference/agencies", "/reference/agencies?kind=ZONE_BOARD&active=true&q=thu nghiem",
				"/reference/agencies/" + this.board, "/reference/agencies/new",
				"/reference/agencies/" + this.board + "/edit", "/reference/sectors", "/reference/sources");
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
		for (String page : List.of("/reference", "/reference/units", "/reference/units/" + this.oldWard,
				"/reference/zones", "/reference/zones/" + this.zone, "/reference/agencies",
				"/reference/agencies/" + this.board, "/reference/sectors", "/reference/sources")) {
			this.mvc.perform(get(page).with(TestUsers.as(officer)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("??"))));
		}
	}

	@Test
	void theNavigationLeadsToTheReferenceData() throws Exception {
		this.mvc.perform(get("/").with(TestUsers.as(this.users.officer())))
			.andExpect(content().string(containsString("href=\"/reference\"")))
			.andExpect(content().string(containsString("Danh mục")));
	}

	@Test
	void anOldWardShowsItsSuccessorsWithShareAndTheUnitsItsRecordsAreReportedUnder() throws Exception {
		String page = this.mvc.perform(get("/reference/units/" + this.oldWard).with(TestUsers.as(this.users.officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String successors = section(page, "id=\"unit-successors\"", "</table>");
		assertThat(successors).contains("Phường Suối Mơ Mới", "Một phần", "01/07/2025");
		String reporting = section(page, "id=\"unit-reporting-units\"", "</ul>");
		assertThat(reporting).contains("Xã Suối Mơ", "Huyện Đồi Núi", "Tỉnh Thử Nghiệm", "Phường Suối Mơ Mới");
		assertThat(page).contains("30/06/2025");
	}

	@Test
	void aNewWardShowsWhatItWasFormedFrom() throws Exception {
		this.mvc.perform(get("/reference/units/" + this.newWard).with(TestUsers.as(this.users.officer())))
			.andExpect(content().string(containsString("id=\"unit-predecessors\"")))
			.andExpect(content().string(containsString("Xã Suối Mơ")));
	}

	@Test
	void theShippedOldWardsShowTheirTwoThousandTwentyFiveSuccessors() throws Exception {
		UnitView hiepThanh = this.reference.units()
			.stream()
			.filter(unit -> unit.name().equals("Phường Hiệp Thành") && unit.validTo() != null)
			.findFirst()
			.orElseThrow();
		this.mvc.perform(get("/reference/units/" + hiepThanh.id()).with(TestUsers.as(this.users.officer())))
			.andExpect(content().string(containsString("Phường Thủ Dầu Một")))
			.andExpect(content().string(containsString("Phường Phú Lợi")))
			.andExpect(content().string(containsString("S-BD7")));
	}

	@Test
	void searchWithoutAccentsFindsThuDauMot() throws Exception {
		long ward = this.fixtures.newCommune("Phường Thủ Dầu Một Thử", this.province);
		this.mvc
			.perform(results("/reference/units").param("q", "thu dau mot")
				.param("parentId", String.valueOf(this.province))
				.with(TestUsers.as(this.users.officer())))
			.andExpect(content().string(containsString("/reference/units/" + ward + "\"")))
			.andExpect(content().string(not(containsString("Xã Suối Mơ"))));
		this.mvc.perform(results("/reference/units").param("q", "thu dau mot").with(TestUsers.as(this.users.officer())))
			.andExpect(content().string(containsString("Thành phố Thủ Dầu Một")))
			.andExpect(content().string(containsString("Phường Thủ Dầu Một")))
			.andExpect(content().string(not(containsString("Phường Phú Lợi"))));
	}

	@Test
	void filtersByPeriodAndDateKeepOnlyTheUnitsOfThatTime() throws Exception {
		CurrentUser officer = this.users.officer();
		String parent = String.valueOf(this.province);
		this.mvc
			.perform(results("/reference/units").param("parentId", parent)
				.param("period", "OLD")
				.with(TestUsers.as(officer)))
			.andExpect(content().string(containsString("Huyện Đồi Núi")))
			.andExpect(content().string(not(containsString("Phường Suối Mơ Mới"))));
		this.mvc
			.perform(results("/reference/units").param("parentId", parent)
				.param("validOn", "2025-07-01")
				.with(TestUsers.as(officer)))
			.andExpect(content().string(not(containsString("Huyện Đồi Núi"))))
			.andExpect(content().string(containsString("Phường Suối Mơ Mới")));
		this.mvc.perform(
				results("/reference/units").param("q", "suoi mo").param("level", "COMMUNE").with(TestUsers.as(officer)))
			.andExpect(content().string(containsString("Xã Suối Mơ")))
			.andExpect(content().string(containsString("Phường Suối Mơ Mới")))
			.andExpect(content().string(not(containsString("Cấp huyện"))));
	}

	@Test
	void listsSortAndPage() throws Exception {
		String page = this.mvc
			.perform(results("/reference/units").param("parentId", String.valueOf(this.province))
				.param("sort", "name")
				.param("dir", "desc")
				.param("size", "1")
				.with(TestUsers.as(this.users.officer())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Phường Suối Mơ Mới").doesNotContain("Huyện Đồi Núi").contains("1/2");
	}

	@Test
	void everySortKeySortsBothWays() throws Exception {
		CurrentUser officer = this.users.officer();
		for (String direction : List.of("asc", "desc")) {
			for (String sort : UnitService.SORTING.keys()) {
				this.mvc
					.perform(results("/reference/units").param("sort", sort)
						.param("dir", direction)
						.param("q", "suoi mo")
						.with(TestUsers.as(officer)))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString("Xã Suối Mơ")));
			}
			for (String sort : ZoneService.SORTING.keys()) {
				this.mvc
					.perform(results("/reference/zones").param("sort", sort)
						.param("dir", direction)
						.param("active", "true")
						.param("q", "suoi mo")
						.with(TestUsers.as(officer)))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString("KCN Suối Mơ")));
			}
		}
	}

	@Test
	void htmxAsksForTheResultsOnly() throws Exception {
		this.mvc
			.perform(get("/reference/units").param("q", "suoi mo")
				.header("HX-Request", "true")
				.with(TestUsers.as(this.users.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"unit-table\"")))
			.andExpect(content().string(not(containsString("<html"))));
		this.mvc
			.perform(get("/reference/zones").param("q", "suoi mo")
				.header("HX-Request", "true")
				.with(TestUsers.as(this.users.officer())))
			.andExpect(content().string(containsString("KCN Suối Mơ")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void theFilteredListsExportToExcel() throws Exception {
		List<List<String>> units = export(get("/reference/units/export").param("q", "suoi mo").param("sort", "name"));
		assertThat(units.getFirst()).startsWith("Mã đơn vị", "Tên");
		assertThat(units.subList(1, units.size())).extracting(row -> row.get(1))
			.containsExactly("Phường Suối Mơ Mới", "Xã Suối Mơ");
		assertThat(units.get(2)).contains("Cấp xã", "Huyện Đồi Núi", "Phường Suối Mơ Mới");
		List<List<String>> zones = export(get("/reference/zones/export").param("q", "suoi mo").param("lang", "en"));
		assertThat(zones.getFirst()).startsWith("Name");
		assertThat(zones.get(1)).contains("KCN Suối Mơ", "Industrial zone", "Ban Quản lý Thử Nghiệm", "123.50", "Yes");
	}

	@Test
	void administratorsSeeConfidenceAndNotesOthersSeeOnlySources() throws Exception {
		for (String page : List.of("/reference/units/" + this.oldWard, "/reference/zones/" + this.zone,
				"/reference/agencies/" + this.board)) {
			this.mvc.perform(get(page).with(TestUsers.as(this.users.admin())))
				.andExpect(content().string(containsString("id=\"record-confidence\"")))
				.andExpect(content().string(containsString("(test)")));
			this.mvc.perform(get(page).with(TestUsers.as(this.users.officer())))
				.andExpect(content().string(containsString("id=\"record-sources\"")))
				.andExpect(content().string(not(containsString("id=\"record-confidence\""))))
				.andExpect(content().string(not(containsString("(test)"))));
		}
		this.mvc.perform(get("/reference/sources").with(TestUsers.as(this.users.admin())))
			.andExpect(content().string(containsString("id=\"sources-document\"")))
			.andExpect(content().string(containsString("id=\"source-S-PLAN\"")));
		this.mvc.perform(get("/reference/sources").with(TestUsers.as(this.users.officer())))
			.andExpect(content().string(not(containsString("id=\"sources-document\""))))
			.andExpect(content().string(containsString("id=\"source-S-PLAN\"")));
		this.mvc.perform(get("/reference/sectors").with(TestUsers.as(this.users.officer())))
			.andExpect(content().string(not(containsString("bản chép khớp nhau"))));
		this.mvc.perform(get("/reference/sectors").with(TestUsers.as(this.users.admin())))
			.andExpect(content().string(containsString("bản chép khớp nhau")));
	}

	@Test
	void theSectorsPageListsTheSectionsAndTheManufacturingDivisions() throws Exception {
		this.mvc.perform(get("/reference/sectors").with(TestUsers.as(this.users.officer())))
			.andExpect(content().string(containsString("id=\"sector-C\"")))
			.andExpect(content().string(containsString("id=\"sector-10\"")))
			.andExpect(content().string(containsString("id=\"sector-33\"")))
			.andExpect(content().string(containsString("Công nghiệp chế biến, chế tạo")));
	}

	@Test
	void aUserWithoutReferenceEditCannotOpenOrPostTheEditPages() throws Exception {
		CurrentUser officer = this.users.officer();
		assertThat(officer.can(Permission.REFERENCE_EDIT)).isFalse();
		for (String page : List.of("/reference/units/new", "/reference/units/" + this.oldWard + "/edit",
				"/reference/zones/new", "/reference/zones/" + this.zone + "/edit", "/reference/agencies/new",
				"/reference/agencies/" + this.board + "/edit")) {
			this.mvc.perform(get(page).with(TestUsers.as(officer))).andExpect(status().isForbidden());
			ResultActions posted = this.mvc.perform(post(page).with(TestUsers.as(officer))
				.with(csrf())
				.param("code", "T-X")
				.param("name", "Renamed")
				.param("level", "COMMUNE")
				.param("kind", "ZONE")
				.param("version", "0"));
			posted.andExpect(status().isForbidden());
		}
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM admin_unit WHERE name = 'Renamed' OR code = 'T-X'")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.fixtures.auditRows(UnitService.ENTITY, this.oldWard)).isZero();
	}

	@Test
	void readersAreNotOfferedTheEditButtons() throws Exception {
		this.mvc.perform(get("/reference/units/" + this.oldWard).with(TestUsers.as(this.users.officer())))
			.andExpect(content().string(not(containsString("id=\"unit-edit\""))));
		this.mvc.perform(get("/reference/units").with(TestUsers.as(this.users.officer())))
			.andExpect(content().string(not(containsString("id=\"unit-new\""))));
		this.mvc.perform(get("/reference/units/" + this.oldWard).with(TestUsers.as(this.users.admin())))
			.andExpect(content().string(containsString("id=\"unit-edit\"")));
	}

	@Test
	void unknownRecordsAnswerNotFound() throws Exception {
		for (String page : List.of("/reference/units/0", "/reference/zones/0", "/reference/agencies/0",
				"/reference/units/0/edit")) {
			this.mvc.perform(get(page).with(TestUsers.as(this.users.admin()))).andExpect(status().isNotFound());
		}
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/reference/units")).andExpect(status().is3xxRedirection());
	}

	/** The rows of an exported workbook's first sheet, as text. */
	private List<List<String>> export(MockHttpServletRequestBuilder request) throws Exception {
		byte[] file = this.mvc.perform(request.with(TestUsers.as(this.users.officer())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", XlsxWriter.CONTENT_TYPE))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file));
				Stream<Row> rows = workbook.getFirstSheet().openStream()) {
			return rows.map(row -> row.stream().map(cell -> (cell != null) ? cell.getText() : "").toList()).toList();
		}
	}

	/** A request for a list's results only, as htmx sends it. */
	private static MockHttpServletRequestBuilder results(String url) {
		return get(url).header("HX-Request", "true");
	}

	private static String section(String page, String start, String end) {
		int from = page.indexOf(start);
		assertThat(from).as(start).isNotNegative();
		return page.substring(from, page.indexOf(end, from));
	}

}
