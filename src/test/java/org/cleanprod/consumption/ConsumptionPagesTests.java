package org.cleanprod.consumption;

import org.cleanprod.places.Places;
import org.cleanprod.facility.FacilityFixtures;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.shared.security.CurrentUser;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ConsumptionPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	FacilityService facilities;

	@Autowired
	Places reference;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	CurrentUser officer;

	long mill;

	@BeforeEach
	void setUp() {
		this.officer = this.users.officer();
		this.mill = FacilityFixtures.facility(this.facilities, this.reference, this.officer, "Nhà máy Trang Lưới",
				"13");
	}

	@ParameterizedTest
	@ValueSource(strings = { "vi", "en" })
	void theGridRendersInBothLanguages(String lang) throws Exception {
		this.mvc
			.perform(get("/consumption/facilities/" + this.mill).param("year", "2024")
				.param("add", "ELECTRICITY")
				.param("lang", lang)
				.with(as(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"consumption-grid\"")))
			.andExpect(content().string(containsString("c-resource-ELECTRICITY-2024-03")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void aCellSavesAsYouGoAndAnswersItsFragment() throws Exception {
		this.mvc
			.perform(post("/consumption/facilities/" + this.mill + "/cells").with(as(this.officer))
				.with(csrf())
				.header("HX-Request", "true")
				.param("kind", "resource")
				.param("item", "ELECTRICITY")
				.param("month", "2024-03")
				.param("quantity", "1.234,5")
				.param("unit", "KWH"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-valid")))
			.andExpect(content().string(not(containsString("<html"))));
		this.mvc
			.perform(post("/consumption/facilities/" + this.mill + "/cells").with(as(this.officer))
				.with(csrf())
				.param("kind", "resource")
				.param("item", "ELECTRICITY")
				.param("month", "2024-04")
				.param("quantity", "abc")
				.param("unit", "KWH"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("không phải là số")));
		this.mvc
			.perform(get("/consumption/facilities/" + this.mill + "/revisions").param("type", "CONSUMPTION")
				.param("item", "ELECTRICITY")
				.param("period", "2024-03")
				.with(as(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1.234,5")));
		this.mvc.perform(get("/consumption/facilities/" + this.mill).with(as(this.officer)))
			.andExpect(content().string(containsString("href=\"?year=2025\" id=\"year-next\"")));
	}

	@Test
	void theGridsHelpStatesTheStyleItReadsInItsLanguage() throws Exception {
		this.mvc.perform(get("/consumption/facilities/" + this.mill).param("lang", "vi").with(as(this.officer)))
			.andExpect(content().string(containsString("Số được đọc theo kiểu Việt Nam: 1.234,5")));
		this.mvc.perform(get("/consumption/facilities/" + this.mill).param("lang", "en").with(as(this.officer)))
			.andExpect(content().string(containsString("Numbers are read in the English style: 1,234.5")));
	}

	@Test
	void aSavedCellAnswersWithItsRowsNameAndYearTotalInEveryUnitTheGridOffers() throws Exception {
		for (String month : new String[] { "2024-01", "2024-02" }) {
			this.mvc
				.perform(post("/consumption/facilities/" + this.mill + "/cells").with(as(this.officer))
					.with(csrf())
					.header("HX-Request", "true")
					.param("kind", "resource")
					.param("item", "WATER")
					.param("month", month)
					.param("quantity", "1.250")
					.param("unit", "CUBIC_METRE"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("is-valid")))
				.andExpect(content().string(containsString("aria-label=\"Nước, tháng")))
				.andExpect(content().string(containsString("id=\"total-resource-WATER\" hx-swap-oob=\"true\"")));
		}
		this.mvc
			.perform(post("/consumption/facilities/" + this.mill + "/cells").with(as(this.officer))
				.with(csrf())
				.header("HX-Request", "true")
				.param("kind", "resource")
				.param("item", "WATER")
				.param("month", "2024-03")
				.param("quantity", "1.250")
				.param("unit", "CUBIC_METRE"))
			.andExpect(content().string(containsString(">3.750</span>")));
	}

	@Test
	void theEnglishGridReadsCommasAsThousandsSeparators() throws Exception {
		cell("2024-03", "11,110", "en").andExpect(content().string(containsString("value=\"11,110\"")));
		cell("2024-04", "11,500", "en");
		cell("2024-05", "1.234", "en");
		assertThat(stored("2024-03")).isEqualByComparingTo("11110");
		assertThat(stored("2024-04")).isEqualByComparingTo("11500");
		assertThat(stored("2024-05")).isEqualByComparingTo("1.234");
	}

	@Test
	void theVietnameseGridReadsVietnameseAndShowsTheValueAsItWasRead() throws Exception {
		cell("2024-03", "11,110", "vi").andExpect(content().string(containsString("value=\"11,11\"")));
		cell("2024-04", "1.234,5", "vi");
		assertThat(stored("2024-03")).isEqualByComparingTo("11.11");
		assertThat(stored("2024-04")).isEqualByComparingTo("1234.5");
	}

	@Test
	void aTextThatIsNotANumberInTheUsersStyleIsRefusedWithTheStylesExample() throws Exception {
		cell("2024-03", "1.5", "vi").andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("ví dụ 1.234,5")));
		cell("2024-04", "1,5", "en").andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("for example 1,234.5")));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM consumption_record WHERE facility_id = :id")
			.param("id", this.mill)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aValueAThousandTimesItsNeighboursIsSavedAndFlaggedInTheCellAnswer() throws Exception {
		for (int month = 1; month <= 6; month++) {
			cell("2024-0" + month, "64,%d".formatted(100 + month), "vi")
				.andExpect(content().string(not(containsString("cp-cell-flag"))));
		}
		cell("2024-07", "64.293", "vi").andExpect(content().string(containsString("is-valid")))
			.andExpect(content().string(containsString("value=\"64.293\"")))
			.andExpect(content().string(containsString("cp-cell-flag")))
			.andExpect(content().string(containsString("kiểm tra đơn vị hoặc dấu phân cách")));
		assertThat(stored("2024-07")).isEqualByComparingTo("64293");
		cell("2024-08", "0.064", "en").andExpect(content().string(containsString("check the unit or the separator")));
	}

	private org.springframework.test.web.servlet.ResultActions cell(String month, String quantity, String lang)
			throws Exception {
		return this.mvc
			.perform(post("/consumption/facilities/" + this.mill + "/cells").with(as(this.officer))
				.with(csrf())
				.header("HX-Request", "true")
				.param("lang", lang)
				.param("kind", "resource")
				.param("item", "ELECTRICITY")
				.param("month", month)
				.param("quantity", quantity)
				.param("unit", "KWH"))
			.andExpect(status().isOk());
	}

	private java.math.BigDecimal stored(String month) {
		return this.jdbc
			.sql("SELECT quantity FROM consumption_record WHERE facility_id = :id AND resource_code = 'ELECTRICITY'"
					+ " AND period_month = :month")
			.param("id", this.mill)
			.param("month", java.time.YearMonth.parse(month).atDay(1))
			.query(java.math.BigDecimal.class)
			.single();
	}

	@Test
	void malformedGridParametersAnswer400AndSaveNothing() throws Exception {
		String[][] cells = { { "resource", "ELECTRICITY", "2023-13" }, { "resource", "ELECTRICITY", "03/2024" },
				{ "product", "not-a-number", "2024-03" }, { "cellar", "ELECTRICITY", "2024-03" } };
		for (String[] cell : cells) {
			this.mvc
				.perform(post("/consumption/facilities/" + this.mill + "/cells").with(as(this.officer))
					.with(csrf())
					.param("kind", cell[0])
					.param("item", cell[1])
					.param("month", cell[2])
					.param("quantity", "1")
					.param("unit", "KWH"))
				.andExpect(status().isBadRequest());
		}
		this.mvc
			.perform(get("/consumption/facilities/" + this.mill + "/revisions").param("type", "PRODUCTION")
				.param("item", "x")
				.param("period", "2024-03")
				.with(as(this.officer)))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(get("/consumption/facilities/" + this.mill + "/revisions").param("type", "WHATEVER")
				.param("item", "ELECTRICITY")
				.param("period", "2024-03")
				.with(as(this.officer)))
			.andExpect(status().isBadRequest());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM consumption_record WHERE facility_id = :id")
			.param("id", this.mill)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void readersWithoutTheEditPermissionCannotSave() throws Exception {
		CurrentUser consultant = this.users.consultant();
		this.mvc
			.perform(post("/consumption/facilities/" + this.mill + "/cells").with(as(consultant))
				.with(csrf())
				.param("kind", "resource")
				.param("item", "ELECTRICITY")
				.param("month", "2024-03")
				.param("quantity", "1"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theFacilityPageLinksToItsRecords() throws Exception {
		this.mvc.perform(get("/facilities/" + this.mill).with(as(this.officer)))
			.andExpect(content().string(containsString("/consumption/facilities/" + this.mill)));
	}

}
