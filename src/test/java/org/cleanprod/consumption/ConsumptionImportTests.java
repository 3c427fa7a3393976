package org.cleanprod.consumption;

import org.cleanprod.places.Places;
import org.cleanprod.consumption.imports.ConsumptionImport;
import org.cleanprod.consumption.web.YearGrid;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.cleanprod.facility.FacilityFixtures;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.shared.excel.ImportJobs;
import org.cleanprod.shared.excel.ImportSummary;
import org.cleanprod.shared.excel.ImportUploads;
import org.cleanprod.shared.excel.NumberReading;
import org.cleanprod.shared.excel.RowError;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.i18n.NumberStyle;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.units.MeasureUnit;
import org.cleanprod.test.BothDatabases;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.Spreadsheets;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Imports of monthly records; they run in transactions of their own, so the data here is
 * committed.
 */
@IntegrationTest
@BothDatabases
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ConsumptionImportTests {

	private static final String HEADER = "Tháng,Loại năng lượng/tài nguyên,Sản phẩm,Số lượng,Đơn vị\n";

	@Autowired
	ConsumptionImport imports;

	@Autowired
	ConsumptionService consumption;

	@Autowired
	ImportUploads uploads;

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

	String code;

	@BeforeEach
	void setUp() {
		this.officer = this.users.officer();
		this.mill = FacilityFixtures.facility(this.facilities, this.reference, this.officer, "Nhà máy Nhập Số", "13");
		this.code = this.facilities.require(this.mill, this.officer, false).code();
		this.consumption.addProduct(this.mill, "Vải mộc", MeasureUnit.METRE, true, this.officer);
	}

	@Test
	void aBadRowRejectsTheFileAndItsFixImportsOnceOnly() {
		String bad = HEADER + "01/2024,Điện năng,,\"1.200,5\",kWh\n" + "2024-02,Điện năng,,-5,kWh\n"
				+ "2024-01,,Vải mộc,5000,m\n";
		ImportSummary preview = run(bad, ImportJobs.Mode.PREVIEW, this.mill);
		assertThat(preview.read()).isEqualTo(3);
		assertThat(preview.rejected()).isEqualTo(1);
		assertThat(preview.inserted()).isEqualTo(2);
		assertThat(preview.errors()).singleElement().satisfies(error -> {
			assertThat(error.row()).isEqualTo(3);
			assertThat(error.column()).isEqualTo("Số lượng");
		});
		assertThat(run(bad, ImportJobs.Mode.COMMIT, this.mill).committed()).isFalse();
		assertThat(records()).isZero();

		String fixed = bad.replace(",-5,", ",1300,");
		ImportSummary first = run(fixed, ImportJobs.Mode.COMMIT, this.mill);
		assertThat(first.committed()).isTrue();
		assertThat(first.inserted()).isEqualTo(3);
		assertThat(records()).isEqualTo(3);
		ImportSummary again = run(fixed, ImportJobs.Mode.COMMIT, this.mill);
		assertThat(again.unchanged()).isEqualTo(3);
		assertThat(again.read()).isEqualTo(again.inserted() + again.updated() + again.unchanged() + again.rejected());
		assertThat(records()).isEqualTo(3);

		ImportSummary changed = run(fixed.replace("1300", "1350"), ImportJobs.Mode.COMMIT, this.mill);
		assertThat(changed.updated()).isEqualTo(1);
		assertThat(this.consumption.history(this.mill, RecordType.CONSUMPTION, "ELECTRICITY", "2024-02", this.officer))
			.extracting(ValueVersion::quantity, ValueVersion::isCurrent)
			.containsExactly(tuple(new BigDecimal("1350.000000"), true), tuple(new BigDecimal("1300.000000"), false));
		YearGrid grid = this.consumption.grid(this.mill, 2024, Set.of(), this.officer, false);
		assertThat(grid.resources().getFirst().cells().getFirst().quantity()).isEqualByComparingTo("1200.5");
		assertThat(grid.products().getFirst().cells().getFirst().quantity()).isEqualByComparingTo(new BigDecimal(5000));
	}

	@Test
	void duplicateRowsUnknownItemsAndBadMonthsAreNamed() {
		String csv = HEADER + "2024-03,ELECTRICITY,,10,kWh\n" + "03/2024,Điện năng,,11,kWh\n" + "2024-13,Nước,,5,m3\n"
				+ "2024-04,Than bùn,,5,t\n" + "2024-04,,Vải lụa,5,m\n" + "2024-04,Nước,,5,kWh\n";
		ImportSummary preview = run(csv, ImportJobs.Mode.PREVIEW, this.mill);
		assertThat(preview.rejected()).isEqualTo(5);
		assertThat(preview.errors()).extracting(error -> error.row()).containsExactly(3, 4, 5, 6, 7);
		assertThat(preview.errors().getFirst().reason()).contains("dòng 2");
		assertThat(preview.errors().get(3).reason()).contains("Vải lụa");
	}

	@Test
	void officersImportSeveralFacilitiesByCodeWithinTheirScope() {
		String csv = "Mã cơ sở,Tháng,Loại năng lượng/tài nguyên,Số lượng,Đơn vị\n" + this.code + ",2023-12,Dầu DO,2,t\n"
				+ "CS-999999,2023-12,Dầu DO,2,t\n";
		ImportSummary preview = run(csv, ImportJobs.Mode.PREVIEW, null);
		assertThat(preview.inserted()).isEqualTo(1);
		assertThat(preview.errors()).singleElement()
			.satisfies(error -> assertThat(error.reason()).contains("CS-999999"));
	}

	@Test
	void rowsWithoutAQuantityAreLeftOut() {
		ImportSummary summary = run(HEADER + "2024-05,Điện năng,,,kWh\n2024-05,Nước,,7,m3\n", ImportJobs.Mode.COMMIT,
				this.mill);
		assertThat(summary.read()).isEqualTo(1);
		assertThat(summary.inserted()).isEqualTo(1);
	}

	@Test
	void monthsAreReadInTheUsualWritings() {
		assertThat(ConsumptionImport.parseMonth("03/2024")).isEqualTo(YearMonth.of(2024, 3));
		assertThat(ConsumptionImport.parseMonth("3/2024")).isEqualTo(YearMonth.of(2024, 3));
		assertThat(ConsumptionImport.parseMonth("2024-03")).isEqualTo(YearMonth.of(2024, 3));
		assertThat(ConsumptionImport.parseMonth("2024-03-01")).isEqualTo(YearMonth.of(2024, 3));
		assertThat(ConsumptionImport.parseMonth("15/03/2024")).isEqualTo(YearMonth.of(2024, 3));
		assertThat(ConsumptionImport.parseMonth("2024-13")).isNull();
		assertThat(ConsumptionImport.parseMonth("March")).isNull();
	}

	@Test
	void anXlsxNumberCellIsCommittedAsItsValueNeverAsVietnameseThousands() {
		byte[] xlsx = Spreadsheets.poi(List.of(List.of("Tháng", "Loại năng lượng/tài nguyên", "Số lượng", "Đơn vị"),
				List.of("2024-01", "Dầu DO", 69.864, "t"), List.of("2024-02", "Dầu DO", 64.29300000000001, "t"),
				List.of("2024-03", "Dầu DO", 0.1 + 0.2, "t")));
		ImportSummary summary = run("so-lieu.xlsx", xlsx, null, ImportJobs.Mode.COMMIT, this.mill);
		assertThat(summary.errors()).isEmpty();
		assertThat(summary.committed()).isTrue();
		assertThat(summary.numbers().basis()).as("typed numbers need no style").isEqualTo(NumberReading.Basis.EITHER);
		assertThat(stored("DO", "2024-01")).isEqualByComparingTo("69.864");
		assertThat(stored("DO", "2024-02")).isEqualByComparingTo("64.293");
		assertThat(stored("DO", "2024-03")).isEqualByComparingTo("0.3");
	}

	@Test
	void aCsvWhoseOnlyNumbersAreAmbiguousIsCommittedOnlyInTheStyleTheUserConfirms() {
		String csv = HEADER + "2024-01,Dầu DO,,20.695,t\n2024-02,Dầu DO,,1234,t\n";
		ImportSummary preview = run(csv, ImportJobs.Mode.PREVIEW, this.mill);
		assertThat(preview.numbers().basis()).isEqualTo(NumberReading.Basis.UNCONFIRMED);
		assertThat(preview.numbers().ambiguous()).singleElement().satisfies(value -> {
			assertThat(value.row()).isEqualTo(2);
			assertThat(value.text()).isEqualTo("20.695");
		});
		assertThat(preview.isCommittable()).isFalse();
		assertThat(run(csv, ImportJobs.Mode.COMMIT, this.mill).committed()).as("never guessed").isFalse();
		assertThat(records()).isZero();

		assertThat(run("so-lieu.csv", bytes(csv), NumberStyle.ENGLISH, ImportJobs.Mode.COMMIT, this.mill).committed())
			.isTrue();
		assertThat(stored("DO", "2024-01")).isEqualByComparingTo("20.695");
		assertThat(run("so-lieu.csv", bytes(csv), NumberStyle.VIETNAMESE, ImportJobs.Mode.COMMIT, this.mill).updated())
			.isEqualTo(1);
		assertThat(stored("DO", "2024-01")).isEqualByComparingTo("20695");
	}

	@Test
	void aCsvInEitherStyleIsReadInTheStyleItsWholeFileShows() {
		ImportSummary vietnamese = run(HEADER + "2024-01,Dầu DO,,20.695,t\n2024-02,Dầu DO,,\"1.234,5\",t\n",
				ImportJobs.Mode.COMMIT, this.mill);
		assertThat(vietnamese.numbers().style()).isEqualTo(NumberStyle.VIETNAMESE);
		assertThat(vietnamese.numbers().basis()).isEqualTo(NumberReading.Basis.DETECTED);
		assertThat(vietnamese.numbers().evidence().row()).isEqualTo(3);
		assertThat(stored("DO", "2024-01")).isEqualByComparingTo("20695");
		assertThat(stored("DO", "2024-02")).isEqualByComparingTo("1234.5");

		ImportSummary english = run(HEADER + "2024-03,Dầu DO,,20.695,t\n2024-04,Dầu DO,,\"1,234.5\",t\n",
				ImportJobs.Mode.COMMIT, this.mill);
		assertThat(english.numbers().style()).isEqualTo(NumberStyle.ENGLISH);
		assertThat(stored("DO", "2024-03")).isEqualByComparingTo("20.695");
		assertThat(stored("DO", "2024-04")).isEqualByComparingTo("1234.5");
	}

	@Test
	void aFileWritingNumbersInBothStylesRejectsTheMinoritysValues() {
		ImportSummary summary = run(
				HEADER + "2024-01,Dầu DO,,\"12,5\",t\n2024-02,Dầu DO,,\"2,5\",t\n" + "2024-03,Dầu DO,,12.5,t\n",
				ImportJobs.Mode.PREVIEW, this.mill);
		assertThat(summary.numbers().basis()).isEqualTo(NumberReading.Basis.MIXED);
		assertThat(summary.numbers().conflict().row()).isEqualTo(4);
		assertThat(summary.errors()).singleElement().satisfies(error -> {
			assertThat(error.row()).isEqualTo(4);
			assertThat(error.reason()).contains("12.5", "kiểu Việt Nam");
		});
	}

	@Test
	void aRejectedRowNamesItsValueMonthAndResource() {
		ImportSummary summary = run(HEADER + "03/2024,Điện năng,,-5,kWh\n2024-04,Than bùn,,5,t\n",
				ImportJobs.Mode.PREVIEW, this.mill);
		assertThat(summary.errors()).extracting(RowError::row, RowError::value, RowError::month, RowError::item)
			.containsExactly(tuple(2, "-5", "03/2024", "Điện năng"), tuple(3, "Than bùn", "2024-04", "Than bùn"));
	}

	@Test
	void aValueAThousandTimesItsMonthsIsAcceptedAndFlagged() {
		StringBuilder csv = new StringBuilder(HEADER);
		for (int month = 1; month <= 11; month++) {
			csv.append("2024-%02d,Dầu DO,,\"64,%d\",t\n".formatted(month, 10 + month));
		}
		csv.append("2024-12,Dầu DO,,64.293,t\n");
		ImportSummary summary = run(csv.toString(), ImportJobs.Mode.COMMIT, this.mill);
		assertThat(summary.errors()).isEmpty();
		assertThat(summary.committed()).isTrue();
		assertThat(summary.flagged()).isOne();
		assertThat(summary.flags()).singleElement().satisfies(flag -> {
			assertThat(flag.row()).isEqualTo(13);
			assertThat(flag.month()).isEqualTo("12/2024");
			assertThat(flag.item()).isEqualTo("Dầu DO");
			assertThat(flag.value()).isEqualTo("64.293 t");
			assertThat(flag.reason()).contains("1.000 lần", "kiểm tra đơn vị hoặc dấu phân cách");
		});
	}

	private ImportSummary run(String name, byte[] content, NumberStyle style, ImportJobs.Mode mode, Long facility) {
		ImportUploads.Upload upload = this.uploads.store(ConsumptionImport.KIND, this.officer.id(), name, content);
		return this.imports.run(upload, this.officer, Formats.VIETNAMESE, facility, style, mode, (done, total) -> {
		});
	}

	private BigDecimal stored(String resource, String month) {
		return this.jdbc
			.sql("SELECT quantity FROM consumption_record WHERE facility_id = :id AND resource_code = :resource"
					+ " AND period_month = :month")
			.param("id", this.mill)
			.param("resource", resource)
			.param("month", YearMonth.parse(month).atDay(1))
			.query(BigDecimal.class)
			.single();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private ImportSummary run(String csv, ImportJobs.Mode mode, Long facility) {
		ImportUploads.Upload upload = this.uploads.store(ConsumptionImport.KIND, this.officer.id(), "so-lieu.csv",
				csv.getBytes(StandardCharsets.UTF_8));
		return this.imports.run(upload, this.officer, Formats.VIETNAMESE, facility, null, mode, (done, total) -> {
		});
	}

	private long records() {
		return this.jdbc
			.sql("SELECT (SELECT COUNT(*) FROM consumption_record WHERE facility_id = :id)"
					+ " + (SELECT COUNT(*) FROM production_record WHERE facility_id = :id)")
			.param("id", this.mill)
			.query(Long.class)
			.single();
	}

}
