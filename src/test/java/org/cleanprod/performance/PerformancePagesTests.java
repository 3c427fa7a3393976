package org.cleanprod.performance;

import org.cleanprod.places.Places;
import org.cleanprod.performance.web.QualityRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

import org.cleanprod.consumption.ConsumptionService;
import org.cleanprod.consumption.RecordSource;
import org.cleanprod.facility.FacilityFixtures;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.web.Flash;
import org.cleanprod.shared.listing.PageQuery;
import org.cleanprod.shared.units.MeasureUnit;
import org.cleanprod.test.BothDatabases;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@BothDatabases
class PerformancePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConsumptionService consumption;

	@Autowired
	IndicatorService indicators;

	@Autowired
	QualityService quality;

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
		this.mill = FacilityFixtures.facility(this.facilities, this.reference, this.officer, "Nhà máy Biểu Đồ", "13");
		long cloth = this.consumption.addProduct(this.mill, "Vải", MeasureUnit.TONNE, true, this.officer);
		for (int month = 1; month <= 12; month++) {
			for (int year : new int[] { 2018, 2019 }) {
				double tonnes = 100 + 7 * month + year % 10;
				this.consumption.saveProduction(this.mill, cloth, YearMonth.of(year, month), BigDecimal.valueOf(tonnes),
						RecordSource.ENTERED, this.officer);
				double kwh = (year == 2018 ? 1.0 : 0.9) * (80_000 + 600 * tonnes)
						* ((month == 5 && year == 2019) ? 1000 : 1);
				this.consumption.saveConsumption(this.mill, "ELECTRICITY", YearMonth.of(year, month),
						BigDecimal.valueOf(Math.round(kwh)), MeasureUnit.KWH, RecordSource.ENTERED, this.officer);
			}
		}
		this.indicators.recompute(this.mill);
		this.quality.refresh(this.mill);
	}

	@ParameterizedTest
	@ValueSource(strings = { "vi", "en" })
	void thePerformancePageShowsChartsSavingsAndQualityInBothLanguages(String lang) throws Exception {
		this.mvc
			.perform(post("/performance/facilities/" + this.mill + "/baseline").with(as(this.officer))
				.with(csrf())
				.param("start", "2018-01"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(get("/performance/facilities/" + this.mill).param("end", "2019-12")
				.param("lang", lang)
				.with(as(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"savings-percent\"")))
			.andExpect(content().string(containsString("data-chart=")))
			.andExpect(content().string(containsString("chart-savings")))
			.andExpect(content().string(containsString("id=\"quality-table\"")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void theQueueListsFindingsAndAnExplanationTakesThemOff() throws Exception {
		assertThat(this.quality.facility(this.mill, this.officer, false))
			.anySatisfy(row -> assertThat(row.kind()).isEqualTo(QualityIssue.Kind.JUMP));
		this.mvc.perform(get("/performance/quality").param("kind", "JUMP").with(as(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhà máy Biểu Đồ")));
		this.mvc
			.perform(post("/performance/facilities/" + this.mill + "/quality").with(as(this.officer))
				.with(csrf())
				.param("item", "ELECTRICITY")
				.param("month", "2019-05")
				.param("kind", "JUMP")
				.param("note", "Nhập nhầm đơn vị, đã báo doanh nghiệp sửa"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.quality.facility(this.mill, this.officer, false))
			.filteredOn(row -> row.kind() == QualityIssue.Kind.JUMP && row.month().equals(YearMonth.of(2019, 5)))
			.allSatisfy(row -> assertThat(row.isExplained()).isTrue());
	}

	@Test
	void formsReturnToThePeriodAndFilterTheUserWasLookingAtAndBadMonthsAreRefused() throws Exception {
		this.mvc
			.perform(post("/performance/facilities/" + this.mill + "/baseline").with(as(this.officer))
				.with(csrf())
				.param("start", "2018-01")
				.param("end", "2019-12"))
			.andExpect(redirectedUrl("/performance/facilities/" + this.mill + "?end=2019-12"));
		this.mvc
			.perform(post("/performance/facilities/" + this.mill + "/baseline").with(as(this.officer))
				.with(csrf())
				.param("start", "January"))
			.andExpect(redirectedUrl("/performance/facilities/" + this.mill))
			.andExpect(flash().attributeExists("flash"));
		this.mvc.perform(get("/performance/facilities/" + this.mill).param("end", "12/2019").with(as(this.officer)))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/performance/facilities/" + this.mill + "/quality").with(as(this.officer))
				.with(csrf())
				.param("item", "ELECTRICITY")
				.param("month", "2019-5")
				.param("kind", "JUMP")
				.param("note", "Đã kiểm tra")
				.param("back", "queue")
				.param("queueKind", "JUMP")
				.param("queueOpen", "true"))
			.andExpect(redirectedUrl("/performance/quality?kind=JUMP&open=true"))
			.andExpect(flash().attributeExists("flash"));
		assertThat(this.quality.facility(this.mill, this.officer, false)).noneMatch(QualityRow::isExplained);
	}

	@Test
	void aDistrictOfficerSeesTheFindingsOfItsOwnWardsOnly() throws Exception {
		long ward = this.jdbc.sql("SELECT unit_id FROM facility WHERE id = :id")
			.param("id", this.mill)
			.query(Long.class)
			.single();
		long otherWard = this.jdbc
			.sql("""
					SELECT MIN(u.id) FROM admin_unit u JOIN admin_unit w ON w.id = :ward
					WHERE u.id <> w.id AND u.level = w.level AND u.valid_to IS NULL AND u.id NOT IN (SELECT unit_id FROM facility)
					""")
			.param("ward", ward)
			.query(Long.class)
			.single();
		this.mvc.perform(get("/performance/quality").with(as(this.users.district(Set.of(ward)))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhà máy Biểu Đồ")));
		CurrentUser outside = this.users.district(Set.of(otherWard));
		this.mvc.perform(get("/performance/quality").with(as(outside)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Nhà máy Biểu Đồ"))));
		assertThat(this.quality.queue(null, false, new PageQuery(1, 200, null, false), outside, false).items())
			.noneMatch(row -> row.facilityId() == this.mill);
	}

	@Test
	void enterpriseUsersCannotReviewQuality() throws Exception {
		CurrentUser enterprise = this.users
			.enterprise(this.facilities.details(this.mill, this.officer, false).enterprise().id());
		this.mvc.perform(get("/performance/quality").with(as(enterprise))).andExpect(status().isForbidden());
		this.mvc.perform(get("/performance/facilities/" + this.mill).with(as(enterprise))).andExpect(status().isOk());
	}

	@Test
	void theSavingsPageOpensOnTheLatestYearWithRecords() throws Exception {
		YearMonth january = YearMonth.of(LocalDate.now(Formats.ZONE).getYear(), 1);
		this.consumption.saveConsumption(this.mill, "ELECTRICITY", january, new BigDecimal("1000"), MeasureUnit.KWH,
				RecordSource.ENTERED, this.officer);
		this.mvc.perform(get("/performance/facilities/" + this.mill).with(as(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"end\" value=\"" + january.getYear() + "-12\"")));
	}

	/**
	 * 2019 uses 10 % less per tonne but May 2019 was typed 1,000 times too large: energy
	 * rose. The headline, the table's total and the chart's 2019 bar say so in words, as
	 * one figure.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "vi", "en" })
	void anIncreaseReadsAsAnIncreaseAndTheHeadlineTheTotalAndTheChartAgree(String lang) throws Exception {
		this.mvc
			.perform(post("/performance/facilities/" + this.mill + "/baseline").with(as(this.officer))
				.with(csrf())
				.param("start", "2018-01"))
			.andExpect(result -> assertThat(((Flash) result.getFlashMap().get("flash")).messageKey())
				.isEqualTo("performance.baseline.saved"));
		String page = this.mvc
			.perform(get("/performance/facilities/" + this.mill).param("end", "2019-12")
				.param("lang", lang)
				.with(as(this.officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String headline = between(page, "id=\"savings-percent\">", "<");
		String total = between(page, "id=\"savings-total\">", "<").strip();
		assertThat(headline).startsWith("vi".equals(lang) ? "Tăng " : "increase of ").doesNotContain("-");
		assertThat(total).isEqualTo(headline);
		String chart = org.springframework.web.util.HtmlUtils.htmlUnescape(between(page, "data-chart=\"", "\""));
		assertThat(chart).contains("\"savingsWords\":[\"" + headline + "\"]");
	}

	private static String between(String text, String before, String after) {
		int start = text.indexOf(before);
		assertThat(start).as("%s in the page", before).isNotNegative();
		start += before.length();
		return text.substring(start, text.indexOf(after, start));
	}

}
