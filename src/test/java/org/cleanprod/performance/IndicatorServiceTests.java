package org.cleanprod.performance;

import org.cleanprod.places.Places;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import org.cleanprod.consumption.ConsumptionService;
import org.cleanprod.consumption.RecordSource;
import org.cleanprod.facility.FacilityFixtures;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.units.MeasureUnit;
import org.cleanprod.test.BothDatabases;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Indicators follow the records after each change commits; the data here is committed.
 */
@IntegrationTest
@BothDatabases
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class IndicatorServiceTests {

	@Autowired
	IndicatorService indicators;

	@Autowired
	ConsumptionService consumption;

	@Autowired
	FacilityService facilities;

	@Autowired
	Places reference;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	PlatformTransactionManager transactions;

	CurrentUser officer;

	long mill;

	@BeforeEach
	void setUp() {
		this.officer = this.users.officer();
		this.mill = FacilityFixtures.facility(this.facilities, this.reference, this.officer, "Nhà máy Chỉ Số", "13");
	}

	@Test
	void savedRecordsBecomeIndicatorsWithTheFactorsTheyUsed() {
		save("ELECTRICITY", YearMonth.of(2020, 1), "10000", MeasureUnit.KWH);
		save("DO", YearMonth.of(2020, 1), "2000", MeasureUnit.LITRE);
		save("WOOD", YearMonth.of(2020, 2), "3", MeasureUnit.TONNE);
		await().atMost(Duration.ofSeconds(20)).until(() -> indicators().size() == 3);
		List<MonthlyIndicator> rows = indicators();
		MonthlyIndicator electricity = find(rows, "ELECTRICITY");
		assertThat(electricity.gj()).isEqualByComparingTo("36");
		assertThat(electricity.toe()).isEqualByComparingTo("1.543");
		assertThat(electricity.tco2()).isEqualByComparingTo("8.041");
		assertThat(electricity.factorIds()).hasSize(3);
		MonthlyIndicator diesel = find(rows, "DO");
		assertThat(diesel.toe()).isEqualByComparingTo("1.76");
		assertThat(diesel.quantity()).isEqualByComparingTo("1.725490");
		MonthlyIndicator wood = find(rows, "WOOD");
		assertThat(wood.tco2()).isNull();
		assertThat(wood.tco2Biogenic().doubleValue()).isCloseTo(3 * 15.6 * 0.112,
				org.assertj.core.data.Offset.offset(1e-9));
		assertThat(this.indicators.annualToe(this.mill, 2020).doubleValue()).isCloseTo(1.543 + 1.76 + 3 * 15.6 / 41.868,
				org.assertj.core.data.Offset.offset(1e-6));
	}

	@Test
	void aBigEnoughConsumerBecomesADesignatedEnergyUser() {
		this.consumption.saveAnnual(this.mill, "COAL_1_2", YearMonth.now().getYear() - 1, new BigDecimal("1500"),
				MeasureUnit.TONNE, RecordSource.ENTERED, this.officer);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.facilities.details(this.mill, this.officer, false).designatedEnergyUser());
	}

	@Test
	void aChangeWaitsInTheRegistryUntilBothListenersHaveFinished() {
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
			save("ELECTRICITY", YearMonth.of(2020, 3), "500", MeasureUnit.KWH);
			assertThat(outstanding()).as("indicators and findings, stored with the change").isEqualTo(2);
		});
		await().atMost(Duration.ofSeconds(20)).until(() -> outstanding() == 0 && indicators().size() == 1);
	}

	/** Publications of this facility's changes whose listeners have not finished. */
	private long outstanding() {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE :id")
			.param("id", "%\"" + this.mill + "\"%")
			.query(Long.class)
			.single();
	}

	private void save(String resource, YearMonth month, String quantity, MeasureUnit unit) {
		this.consumption.saveConsumption(this.mill, resource, month, new BigDecimal(quantity), unit,
				RecordSource.ENTERED, this.officer);
	}

	private List<MonthlyIndicator> indicators() {
		return this.indicators.monthly(this.mill, YearMonth.of(2020, 1), YearMonth.of(2020, 12), this.officer);
	}

	private static MonthlyIndicator find(List<MonthlyIndicator> rows, String resource) {
		return rows.stream().filter(row -> row.resourceCode().equals(resource)).findFirst().orElseThrow();
	}

}
