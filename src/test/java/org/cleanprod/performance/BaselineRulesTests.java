package org.cleanprod.performance;

import org.cleanprod.performance.calculation.SavingsMethod;
import org.cleanprod.places.Places;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

import org.cleanprod.consumption.ConsumptionService;
import org.cleanprod.consumption.RecordSource;
import org.cleanprod.facility.FacilityFixtures;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.resources.Resources;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.units.MeasureUnit;
import org.cleanprod.shared.web.InvalidFormException;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * A baseline is twelve months that each have consumption and production; savings are
 * measured only for periods apart from it, by one method whose figure the headline, the
 * table and the yearly chart share.
 */
@IntegrationTest
class BaselineRulesTests {

	@Autowired
	SavingsService savings;

	@Autowired
	BaselineService baselines;

	@Autowired
	IndicatorService indicators;

	@Autowired
	ConsumptionService consumption;

	@Autowired
	FacilityService facilities;

	@Autowired
	Resources reference;

	@Autowired
	Places places;

	@Autowired
	TestUsers users;

	CurrentUser officer;

	long mill;

	long cloth;

	@BeforeEach
	void setUp() {
		this.officer = this.users.officer();
		this.mill = FacilityFixtures.facility(this.facilities, this.places, this.officer, "Nhà máy Đường Cơ Sở", "13");
		this.cloth = this.consumption.addProduct(this.mill, "Vải mộc", MeasureUnit.TONNE, true, this.officer);
	}

	@Test
	void aBaselineOfTwelveMonthsWithSevenMonthsOfDataIsRefusedNamingTheMissingMonths() {
		for (int month = 1; month <= 7; month++) {
			record(YearMonth.of(2018, month), 100 + 10 * month, 100_000 + 500 * (100 + 10 * month));
		}
		saveProduction(YearMonth.of(2018, 9), 150);
		this.indicators.recompute(this.mill);
		assertThatExceptionOfType(InvalidFormException.class)
			.isThrownBy(() -> this.baselines.set(this.mill, YearMonth.of(2018, 1), null, this.officer))
			.satisfies(ex -> {
				InvalidFormException.FieldProblem problem = ex.problems().get("start");
				assertThat(problem.messageKey()).isEqualTo("performance.baseline.error.incomplete");
				assertThat(String.valueOf(problem.arguments()[2]))
					.isEqualTo(this.reference.resource("ELECTRICITY").orElseThrow().name(false)
							+ ": 08/2018, 09/2018, 10/2018, 11/2018, 12/2018; "
							+ "Vải mộc: 08/2018, 10/2018, 11/2018, 12/2018");
			});
		assertThat(this.baselines.history(this.mill, this.officer)).isEmpty();
	}

	@Test
	void aBaselineNeedsAMainProductAndSomeConsumption() {
		long bare = FacilityFixtures.facility(this.facilities, this.places, this.officer, "Nhà máy Chưa Có Số", "13");
		assertThatExceptionOfType(InvalidFormException.class)
			.isThrownBy(() -> this.baselines.set(bare, YearMonth.of(2018, 1), null, this.officer))
			.satisfies(ex -> assertThat(ex.problems().get("start").messageKey())
				.isEqualTo("performance.baseline.error.noProduct"));
		for (int month = 1; month <= 12; month++) {
			saveProduction(YearMonth.of(2018, month), 100);
		}
		assertThatExceptionOfType(InvalidFormException.class)
			.isThrownBy(() -> this.baselines.set(this.mill, YearMonth.of(2018, 1), null, this.officer))
			.satisfies(ex -> assertThat(ex.problems().get("start").messageKey())
				.isEqualTo("performance.baseline.error.noConsumption"));
	}

	@Test
	void aReportingPeriodOverlappingTheBaselineGivesNoSavings() {
		fullYears();
		this.baselines.set(this.mill, YearMonth.of(2018, 1), null, this.officer);
		for (YearMonth end : new YearMonth[] { YearMonth.of(2018, 12), YearMonth.of(2019, 6) }) {
			SavingsView view = this.savings.savings(this.mill, end, this.officer, false);
			assertThat(view.savingsPercent()).as("ending %s", end).isNull();
			assertThat(view.periodProblem()).isEqualTo(SavingsView.REPORTING_OVERLAPS_BASELINE);
			assertThat(view.firstReportingEnd()).isEqualTo(YearMonth.of(2019, 12));
		}
		assertThat(this.savings.savings(this.mill, YearMonth.of(2019, 12), this.officer, false).savingsPercent())
			.isNotNull();
	}

	/**
	 * Baseline 2018: electricity = 100,000 kWh + 500 kWh per tonne. 2019 makes 40 % less
	 * and uses 3 % less than the model expects: the regression saving is 3 %, while the
	 * fixed load raises the energy per tonne (intensity reads an increase). The headline,
	 * the total and the chart's 2019 bar give the regression figure.
	 */
	@Test
	void theHeadlineTheTotalAndTheYearlyChartGiveOneFigureOfOneMethod() {
		for (int month = 1; month <= 12; month++) {
			double tonnes = 100 + 10 * month;
			record(YearMonth.of(2018, month), tonnes, 100_000 + 500 * tonnes);
			double less = 0.6 * tonnes;
			record(YearMonth.of(2019, month), less, 0.97 * (100_000 + 500 * less));
		}
		this.indicators.recompute(this.mill);
		this.baselines.set(this.mill, YearMonth.of(2018, 1), null, this.officer);
		SavingsView view = this.savings.savings(this.mill, YearMonth.of(2019, 12), this.officer, false);
		assertThat(view.choice().method()).isEqualTo(SavingsMethod.REGRESSION);
		assertThat(view.savingsPercent()).isCloseTo(3.0, within(1e-6));
		assertThat(view.totalEnergy().savingsFraction()).as("intensity alone reads an increase").isNegative();
		assertThat(view.years()).singleElement().satisfies(year -> {
			assertThat(year.year()).isEqualTo(2019);
			assertThat(year.method()).isEqualTo(SavingsMethod.REGRESSION);
			assertThat(year.percent()).isEqualTo(view.savingsPercent());
			assertThat(year.months()).isEqualTo(12);
		});
	}

	/**
	 * Nothing derived from a baseline is stored: moving it to 2019 changes the savings of
	 * 2020 at once (2020 uses 10 % less per tonne than 2018 and as much as 2019).
	 */
	@Test
	void movingTheBaselineChangesTheSavingsAtOnce() {
		for (int month = 1; month <= 12; month++) {
			double tonnes = 100 + 10 * month;
			record(YearMonth.of(2018, month), tonnes, 100_000 + 500 * tonnes);
			record(YearMonth.of(2019, month), tonnes, 0.9 * (100_000 + 500 * tonnes));
			record(YearMonth.of(2020, month), tonnes, 0.9 * (100_000 + 500 * tonnes));
		}
		this.indicators.recompute(this.mill);
		this.baselines.set(this.mill, YearMonth.of(2018, 1), null, this.officer);
		SavingsView against2018 = this.savings.savings(this.mill, YearMonth.of(2020, 12), this.officer, false);
		assertThat(against2018.savingsPercent()).isCloseTo(10.0, within(1e-6));
		this.baselines.set(this.mill, YearMonth.of(2019, 1), null, this.officer);
		SavingsView against2019 = this.savings.savings(this.mill, YearMonth.of(2020, 12), this.officer, false);
		assertThat(against2019.baseline().start()).isEqualTo(YearMonth.of(2019, 1));
		assertThat(against2019.savingsPercent()).isCloseTo(0.0, within(1e-6));
		assertThat(against2019.years()).extracting(SavingsView.YearSaving::year).containsExactly(2020);
	}

	/** Twelve full months of 2018 and 2019, 2019 using 10 % less per tonne. */
	private void fullYears() {
		for (int month = 1; month <= 12; month++) {
			double tonnes = 100 + 10 * month;
			record(YearMonth.of(2018, month), tonnes, 100_000 + 500 * tonnes);
			record(YearMonth.of(2019, month), tonnes, 0.9 * (100_000 + 500 * tonnes));
		}
		this.indicators.recompute(this.mill);
	}

	private void record(YearMonth month, double tonnes, double kwh) {
		saveProduction(month, tonnes);
		this.consumption.saveConsumption(this.mill, "ELECTRICITY", month,
				BigDecimal.valueOf(kwh).setScale(3, RoundingMode.HALF_EVEN), MeasureUnit.KWH, RecordSource.ENTERED,
				this.officer);
	}

	private void saveProduction(YearMonth month, double tonnes) {
		this.consumption.saveProduction(this.mill, this.cloth, month,
				BigDecimal.valueOf(tonnes).setScale(3, RoundingMode.HALF_EVEN), RecordSource.ENTERED, this.officer);
	}

}
