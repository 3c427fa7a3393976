package org.cleanprod.journeys;

import org.cleanprod.places.Places;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cleanprod.consumption.ConsumptionService;
import org.cleanprod.facility.FacilityFixtures;
import org.cleanprod.facility.FacilityRow;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.Permission;
import org.cleanprod.shared.security.Role;
import org.cleanprod.shared.security.Scope;
import org.cleanprod.shared.units.MeasureUnit;
import org.cleanprod.test.Accounts;
import org.cleanprod.test.Browser;
import org.cleanprod.test.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The journey of the consumption database and the savings engine, in a real browser: an
 * enterprise imports two years of monthly records of its paper mill, the first with a
 * mistyped month; it sets the first year as its baseline and reads its savings in the
 * second; an officer of the province explains the data-quality finding the records raise.
 *
 * <p>
 * The records are made so that every figure can be worked by hand. Production of the main
 * product is 100 t in January rising 10 t a month (1,860 t in the baseline year), and 20
 * t more each month in the reporting year (2,100 t). Electricity is 500 kWh and coal 0.1
 * t per tonne of paper in the baseline year, 450 kWh and 0.09 t in the reporting year: 10
 * % less of each per tonne. In TOE (MOIT table: 0.0001543 TOE/kWh, 0.70 TOE/t of coal
 * grade 1-2) the baseline uses 0.07715 + 0.07 = 0.14715 TOE per tonne, the reporting year
 * 0.132435: intensity savings of 1 − 0.132435 / 0.14715 = 10 %. Energy is proportional to
 * production, so the baseline regression is energy = 0.14715 × production, which expects
 * 0.14715 × 2,100 = 309.015 TOE in the reporting year against 278.1135 used: 10 % again,
 * with a warning for November and December, whose 220 t and 230 t lie outside the
 * baseline's 100-210 t. Water is 1,200 m³ a month, then 1,100 with June of the reporting
 * year missing: 14,400 / 1,860 = 7.741935 m³/t against 12,100 / 2,100 = 5.761905, savings
 * of 25.6 % that the missing month flatters, and the one data-quality finding.
 */
@BrowserTest
class PerformanceJourneys {

	private static final String PASSWORD = "mat-khau-thu-nghiem";

	private static final int BASELINE_YEAR = 2019;

	private static final int REPORTING_YEAR = 2020;

	private static final String PAPER = "Giấy bao bì";

	/**
	 * The template's header as Excel saves it as CSV in a Vietnamese locale: semicolons,
	 * required columns starred.
	 */
	private static final String HEADER = "Tháng*;Loại năng lượng/tài nguyên;Sản phẩm;Số lượng*;Đơn vị\n";

	/** Electricity, coal, water and paper: the rows of each month, in this order. */
	private static final int ROWS_PER_MONTH = 4;

	@LocalServerPort
	int port;

	@Autowired
	FacilityService facilities;

	@Autowired
	ConsumptionService consumption;

	@Autowired
	Places reference;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	String token;

	FacilityRow mill;

	String enterpriseUser;

	String officer;

	@BeforeEach
	void setUp() {
		this.token = UUID.randomUUID().toString().substring(0, 8);
		CurrentUser system = new CurrentUser(0, "system", "system", Role.ADMIN, Set.of(Permission.ENTERPRISE_EDIT),
				Scope.all(0), true, null);
		long millId = FacilityFixtures.facility(this.facilities, this.reference, system, "Nhà máy giấy " + this.token,
				"17");
		this.consumption.addProduct(millId, PAPER, MeasureUnit.TONNE, true, system);
		this.mill = this.facilities.require(millId, system, false);
		this.enterpriseUser = "giay" + this.token;
		this.accounts.create(this.enterpriseUser, PASSWORD, Role.ENTERPRISE_USER, Set.of(), null,
				this.mill.enterpriseId());
		this.officer = "so" + this.token;
		this.accounts.create(this.officer, PASSWORD, Role.DEPARTMENT_OFFICER, Set.of(), null, null);
	}

	@Test
	void enterpriseImportsItsRecordsSetsABaselineAndSeesItsSavingsAndAnOfficerExplainsAFinding(@TempDir Path folder)
			throws IOException {
		try (Browser browser = new Browser(this.port)) {
			browser.signIn(this.enterpriseUser, PASSWORD);
			importTheBaselineYearAfterFixingAMistypedMonth(browser, folder);
			importTheReportingYear(browser, folder);
			setTheBaselineAndReadTheSavings(browser);
			seeTheChartsWithTheirData(browser);
			seeTheFindingWithoutBeingAbleToExplainIt(browser);
		}
		try (Browser browser = new Browser(this.port)) {
			browser.signIn(this.officer, PASSWORD);
			explainTheFindingInTheProvinceQueue(browser);
		}
	}

	private void importTheBaselineYearAfterFixingAMistypedMonth(Browser browser, Path folder) throws IOException {
		List<String> rows = year(BASELINE_YEAR);
		int julyElectricity = 6 * ROWS_PER_MONTH;
		List<String> mistyped = new ArrayList<>(rows);
		mistyped.set(julyElectricity, rows.get(julyElectricity).replace("07/2019", "13/2019"));

		browser.open("/consumption/facilities/" + this.mill.id()).go("consumption-import");
		upload(browser, csv(folder, "so-lieu-2019.csv", mistyped));
		assertThat(browser.text("import-summary"))
			.contains("Đã đọc 48 dòng: thêm mới 47, cập nhật 0, không đổi 0, bị từ chối 1.");
		// the header is row 1, so the file's 25th data row is row 26: its month,
		// resource, column and value
		assertThat(browser.texts("#import-errors tbody tr")).containsExactly(
				"26 13/2019 Điện năng Tháng 13/2019 Tháng \"13/2019\" không đọc được; hãy ghi dạng 03/2024 hoặc 2024-03.");
		assertThat(browser.pageSource()).doesNotContain("id=\"import-commit\"");
		assertThat(records()).isZero();
		browser.go("import-cancel");
		assertThat(records()).isZero();

		upload(browser, csv(folder, "so-lieu-2019.csv", rows));
		assertThat(browser.text("import-summary"))
			.contains("Đã đọc 48 dòng: thêm mới 48, cập nhật 0, không đổi 0, bị từ chối 0.");
		// "50.000" alone may be fifty or fifty thousand: the file is read only as the
		// user says
		assertThat(browser.pageSource()).doesNotContain("id=\"import-commit\"");
		browser.go("import-recheck-VIETNAMESE").waitForText("import-summary", "Đã đọc");
		assertThat(records()).isZero();
		commit(browser, "Đã đọc 48 dòng: thêm mới 48, cập nhật 0, không đổi 0, bị từ chối 0.");
		assertThat(records()).isEqualTo(48);
	}

	private void importTheReportingYear(Browser browser, Path folder) throws IOException {
		List<String> rows = new ArrayList<>(year(REPORTING_YEAR));
		rows.removeIf(row -> row.startsWith("06/2020;Nước;"));
		browser.open("/consumption/import?facilityId=" + this.mill.id());
		upload(browser, csv(folder, "so-lieu-2020.csv", rows));
		commit(browser, "Đã đọc 47 dòng: thêm mới 47, cập nhật 0, không đổi 0, bị từ chối 0.");
		assertThat(records()).isEqualTo(95);
		browser.go("import-grid");
	}

	private void setTheBaselineAndReadTheSavings(Browser browser) {
		browser.go("consumption-performance");
		assertThat(browser.text("no-baseline")).contains("chưa có kỳ cơ sở");
		browser.fillMonth("b-start", YearMonth.of(BASELINE_YEAR, 1))
			.fill("b-note", "Năm trước khi thay lò hơi")
			.go("baseline-save");
		assertThat(browser.text("cp-flash")).contains("Đã đặt kỳ cơ sở.");
		assertThat(browser.texts("#baseline-history tbody tr")).singleElement()
			.asString()
			.contains("01/2019 – 12/2019", "Năm trước khi thay lò hơi", this.enterpriseUser, "Đang dùng");

		browser.fillMonth("f-end", YearMonth.of(REPORTING_YEAR, 12)).go("reporting-apply");
		browser.waitForUrl("end=2020-12");
		// the indicators are computed in the background after each import
		browser.openUntil(browser.path(), "savings-percent", "10 %");
		assertThat(browser.text("savings-method")).contains("mô hình hồi quy");
		assertThat(browser.text("savings-target")).contains("8–13 %").contains("Đạt chỉ tiêu");
		assertThat(browser.text("model")).contains("0,14715 × sản lượng").contains("309,015 / 278,114");
		// 220 t in November and 230 t in December: more than the baseline's 210 t at most
		assertThat(browser.texts("#savings-warnings p")).containsExactly(
				"Tháng 11/2020: sản lượng nằm ngoài khoảng của kỳ cơ sở, kết quả kém tin cậy.",
				"Tháng 12/2020: sản lượng nằm ngoài khoảng của kỳ cơ sở, kết quả kém tin cậy.");
		// the total row gives the headline's figure and names its method
		assertThat(browser.texts("#intensity-table tbody tr")).containsExactly("Điện năng (kWh) 500 450 Tiết kiệm 10 %",
				"Than cám loại 1, 2 (tấn) 0,1 0,09 Tiết kiệm 10 %", "Nước (m³) 7,741935 5,761905 Tiết kiệm 25,6 %",
				"Tổng năng lượng (TOE) 0,14715 0,132435 Tiết kiệm 10 %\ntheo mô hình hồi quy");
	}

	private void seeTheChartsWithTheirData(Browser browser) {
		for (String chart : List.of("byGroup", "specific", "expected", "savings")) {
			assertThat(browser.count("#chart-" + chart + " canvas")).as(chart).isPositive();
		}
		List<?> savings = (List<?>) browser.script("""
				const option = echarts.getInstanceByDom(document.getElementById('chart-savings')).getOption();
				return [option.xAxis[0].data, option.series[0].data];
				""");
		assertThat(savings.getFirst()).as("years").isEqualTo(List.of("2020"));
		assertThat((List<?>) savings.getLast()).as("savings %")
			.singleElement()
			.satisfies(percent -> assertThat(((Number) percent).doubleValue()).isCloseTo(10, within(1e-9)));

		browser.click("chart-table-toggle");
		assertThat(browser.texts("#savings-table tbody tr"))
			.containsExactly("2020 Tiết kiệm 10 % theo mô hình hồi quy");
		List<String> months = browser.texts("#chart-table tbody tr");
		assertThat(months).hasSize(24);
		assertThat(months.getFirst()).isEqualTo("01/2019 14,715 100 0,14715 Kỳ cơ sở");
		assertThat(months.get(12)).isEqualTo("01/2020 15,8922 120 0,132435 17,658");
	}

	private void seeTheFindingWithoutBeingAbleToExplainIt(Browser browser) {
		browser.openUntil(browser.path(), "quality-table", "Thiếu tháng");
		assertThat(browser.texts("#quality-table tbody tr"))
			.containsExactly("Nước 06/2020 Thiếu tháng Chưa giải trình");
	}

	private void explainTheFindingInTheProvinceQueue(Browser browser) {
		browser.open("/performance/quality").choose("f-kind", "Thiếu tháng").waitForText("results", this.mill.name());
		assertThat(browser.texts("#quality-table tbody tr")).filteredOn(row -> row.contains(this.mill.name()))
			.singleElement()
			.asString()
			.contains(this.mill.code(), "Nước", "06/2020", "Thiếu tháng");
		String finding = this.mill.id() + "-WATER-2020-06-MISSING_MONTH";
		browser.fill("n-" + finding, "Đồng hồ nước hỏng tháng 6, đã thay").go("e-" + finding);
		assertThat(browser.text("cp-flash")).contains("Đã ghi nhận giải trình.");
		assertThat(browser.text("results")).doesNotContain(this.mill.name());

		browser.choose("f-open", "Tất cả").waitForText("results", this.mill.name());
		assertThat(browser.texts("#quality-table tbody tr")).filteredOn(row -> row.contains(this.mill.name()))
			.singleElement()
			.asString()
			.contains("Đồng hồ nước hỏng tháng 6, đã thay", this.officer);
	}

	/** Uploads a file on the import page and waits for its check to finish. */
	private static void upload(Browser browser, Path file) {
		browser.upload("import-file", file).go("import-upload");
		browser.waitForText("import-summary", "Đã đọc");
	}

	/** Commits a checked file and waits for the records to be written. */
	private static void commit(Browser browser, String summary) {
		browser.go("import-commit").waitForText("import-summary", "Đã ghi dữ liệu");
		assertThat(browser.text("import-summary")).contains(summary);
	}

	/**
	 * A year of the mill's records, one row a value, numbers written the Vietnamese way
	 * ("50.000", "10,8").
	 */
	private static List<String> year(int year) {
		boolean reporting = year == REPORTING_YEAR;
		List<String> rows = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			String period = String.format("%02d/%d", month, year);
			BigDecimal paper = BigDecimal.valueOf(90 + 10 * month + (reporting ? 20 : 0));
			rows.add(row(period, "Điện năng", "", paper.multiply(new BigDecimal(reporting ? "450" : "500")), "kWh"));
			rows.add(row(period, "Than cám loại 1, 2", "", paper.multiply(new BigDecimal(reporting ? "0.09" : "0.1")),
					"tấn"));
			rows.add(row(period, "Nước", "", new BigDecimal(reporting ? "1100" : "1200"), "m³"));
			rows.add(row(period, "", PAPER, paper, "tấn"));
		}
		return rows;
	}

	private static String row(String month, String resource, String product, BigDecimal quantity, String unit) {
		return String.join(";", month, resource, product, Formats.number(quantity, 3, Formats.VIETNAMESE), unit);
	}

	private static Path csv(Path folder, String name, List<String> rows) throws IOException {
		return Files.writeString(folder.resolve(name), HEADER + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
	}

	/** The mill's monthly consumption and production records. */
	private long records() {
		return this.jdbc.sql("""
				SELECT (SELECT COUNT(*) FROM consumption_record WHERE facility_id = :id)
				    + (SELECT COUNT(*) FROM production_record WHERE facility_id = :id)
				""").param("id", this.mill.id()).query(Long.class).single();
	}

}
