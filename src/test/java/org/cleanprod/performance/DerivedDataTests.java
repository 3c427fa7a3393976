package org.cleanprod.performance;

import org.cleanprod.places.Places;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;

import org.cleanprod.consumption.ConsumptionService;
import org.cleanprod.consumption.RecordSource;
import org.cleanprod.facility.Designation;
import org.cleanprod.facility.FacilityFixtures;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.resources.FactorKind;
import org.cleanprod.resources.FactorView;
import org.cleanprod.resources.Resources;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.units.MeasureUnit;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cleanprod.test.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Derived data follows the reference data it rests on, without anyone pressing
 * "recompute": a new threshold derives every designated-energy-user status again, and a
 * new factor version recomputes exactly the indicators it applies to. These tests change
 * shared reference data and commit, so they run on a database of their own.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:cleanprod-derived;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DerivedDataTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConsumptionService consumption;

	@Autowired
	FacilityService facilities;

	@Autowired
	Resources reference;

	@Autowired
	Places places;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	CurrentUser officer;

	CurrentUser admin;

	long mill;

	int previousYear;

	@BeforeEach
	void setUp() {
		this.officer = this.users.officer();
		this.admin = this.users.admin();
		this.mill = FacilityFixtures.facility(this.facilities, this.places, this.officer, "Nhà máy Dẫn Xuất", "13");
		this.previousYear = LocalDate.now(Formats.ZONE).getYear() - 1;
	}

	@Test
	void aNewThresholdDerivesTheStatusAgain() throws Exception {
		// 1,500 t of coal type 1-2: about 1,050 TOE
		this.consumption.saveAnnual(this.mill, "COAL_1_2", this.previousYear, new BigDecimal("1500"), MeasureUnit.TONNE,
				RecordSource.ENTERED, this.officer);
		await().atMost(Duration.ofSeconds(20)).until(() -> designation().designated());

		threshold("2000");
		await().atMost(Duration.ofSeconds(20)).until(() -> !designation().designated());
		assertThat(designation().threshold()).isEqualByComparingTo("2000");

		threshold("1000");
		await().atMost(Duration.ofSeconds(20)).until(() -> designation().designated());
	}

	@Test
	void aNewGridFactorRecomputesExactlyTheMonthsItAppliesTo() throws Exception {
		YearMonth before = YearMonth.of(2024, 6);
		YearMonth after = YearMonth.of(2025, 6);
		saveConsumption("ELECTRICITY", before, "1000", MeasureUnit.KWH);
		saveConsumption("ELECTRICITY", after, "1000", MeasureUnit.KWH);
		saveConsumption("DO", after, "1000", MeasureUnit.LITRE);
		await().atMost(Duration.ofSeconds(20)).until(() -> indicatorRows() == 3 && outstanding() == 0);
		assertThat(tco2("ELECTRICITY", after)).isEqualByComparingTo("0.6811");
		OffsetDateTime electricity2024 = computedAt("ELECTRICITY", before);
		OffsetDateTime diesel2025 = computedAt("DO", after);

		this.mvc
			.perform(post("/reference/resources/ELECTRICITY/factors/new").with(as(this.admin))
				.with(csrf())
				.param("kind", "TCO2")
				.param("perUnit", "MWH")
				.param("value", "0.7012")
				.param("valueMax", "")
				.param("validFrom", "2025-01-01")
				.param("validTo", "")
				.param("_derived", "on")
				.param("sourceIds", "S-EF5; S-EF6")
				.param("confidence", "secondary (test)")
				.param("note", "Grid factor of 2025 (test).")
				.param("closeOpen", "true")
				.param("_closeOpen", "on"))
			.andExpect(status().is3xxRedirection());

		await().atMost(Duration.ofSeconds(30))
			.until(() -> tco2("ELECTRICITY", after).compareTo(new BigDecimal("0.7012")) == 0);
		assertThat(tco2("ELECTRICITY", before)).as("before the new version").isEqualByComparingTo("0.6811");
		assertThat(computedAt("ELECTRICITY", before)).as("not rewritten").isEqualTo(electricity2024);
		assertThat(computedAt("DO", after)).as("another resource, not rewritten").isEqualTo(diesel2025);
		await().atMost(Duration.ofSeconds(30)).until(() -> this.jdbc.sql("""
				SELECT COUNT(*) FROM import_job WHERE kind = 'recompute' AND owner_id = 0
				    AND file_name = 'ELECTRICITY' AND status = 'DONE' AND rows_done >= 1
				""").query(Long.class).single() == 1);
		String job = this.jdbc
			.sql("SELECT id FROM import_job WHERE kind = 'recompute' AND owner_id = 0 AND file_name = 'ELECTRICITY'")
			.query(String.class)
			.single();
		this.mvc.perform(get("/performance/recompute?job=" + job).with(as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("alert-success")));
	}

	/**
	 * A new electricity TOE factor for the previous year onward, a third of the old one,
	 * takes the facility below the threshold: its status is derived again with its
	 * indicators.
	 */
	@Test
	void aNewEnergyFactorDerivesTheStatusOfTheFacilitiesItAppliesTo() throws Exception {
		FactorView toe = this.reference.factors("ELECTRICITY", FactorKind.TOE)
			.stream()
			.filter(factor -> factor.validTo() == null)
			.findFirst()
			.orElseThrow();
		LocalDate from = LocalDate.of(this.previousYear, 1, 1);
		assertThat(toe.validFrom() == null || toe.validFrom().isBefore(from)).as("in force before").isTrue();
		long plant = FacilityFixtures.facility(this.facilities, this.places, this.officer, "Nhà máy Điện Năng", "13");
		for (int month = 1; month <= 12; month++) {
			this.consumption.saveConsumption(plant, "ELECTRICITY", YearMonth.of(this.previousYear, month),
					new BigDecimal("600000"), MeasureUnit.KWH, RecordSource.ENTERED, this.officer);
		}
		// 12 × 600,000 kWh × 0.0001543 TOE/kWh ≈ 1,111 TOE
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.facilities.details(plant, this.officer, false).designation().designated());

		this.mvc
			.perform(post("/reference/resources/ELECTRICITY/factors/new").with(as(this.admin))
				.with(csrf())
				.param("kind", "TOE")
				.param("perUnit", toe.perUnit().name())
				.param("value",
						toe.value().divide(new BigDecimal("3"), 8, java.math.RoundingMode.HALF_EVEN).toPlainString())
				.param("valueMax", "")
				.param("validFrom", from.toString())
				.param("validTo", "")
				.param("_derived", "on")
				.param("sourceIds", "S-EF5")
				.param("confidence", "secondary (test)")
				.param("note", "A lower factor (test).")
				.param("closeOpen", "true")
				.param("_closeOpen", "on"))
			.andExpect(status().is3xxRedirection());

		await().atMost(Duration.ofSeconds(30))
			.until(() -> !this.facilities.details(plant, this.officer, false).designation().designated());
		assertThat(this.facilities.details(plant, this.officer, false).designation().toe())
			.isLessThan(new BigDecimal("400"));
	}

	private void threshold(String value) throws Exception {
		long version = this.jdbc
			.sql("SELECT version FROM reference_setting WHERE setting_key = 'DESIGNATED_ENERGY_USER_TOE'")
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/reference/settings/DESIGNATED_ENERGY_USER_TOE/edit").with(as(this.admin))
				.with(csrf())
				.param("value", value)
				.param("sourceIds", "S-TOE3")
				.param("confidence", "confirmed (test)")
				.param("note", "A new threshold (test).")
				.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
	}

	private Designation designation() {
		return this.facilities.details(this.mill, this.officer, false).designation();
	}

	private void saveConsumption(String resource, YearMonth month, String quantity, MeasureUnit unit) {
		this.consumption.saveConsumption(this.mill, resource, month, new BigDecimal(quantity), unit,
				RecordSource.ENTERED, this.officer);
	}

	/** Publications of this facility's changes whose listeners have not finished. */
	private long outstanding() {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE :id")
			.param("id", "%\"" + this.mill + "\"%")
			.query(Long.class)
			.single();
	}

	private long indicatorRows() {
		return this.jdbc.sql("SELECT COUNT(*) FROM indicator_monthly WHERE facility_id = :id")
			.param("id", this.mill)
			.query(Long.class)
			.single();
	}

	private BigDecimal tco2(String resource, YearMonth month) {
		return indicator("tco2", resource, month, BigDecimal.class);
	}

	private OffsetDateTime computedAt(String resource, YearMonth month) {
		return indicator("computed_at", resource, month, OffsetDateTime.class);
	}

	private <T> T indicator(String column, String resource, YearMonth month, Class<T> type) {
		return this.jdbc.sql("SELECT " + column + """
				 FROM indicator_monthly WHERE facility_id = :id AND resource_code = :resource
				    AND period_month = :month
				""")
			.param("id", this.mill)
			.param("resource", resource)
			.param("month", month.atDay(1))
			.query(type)
			.single();
	}

}
