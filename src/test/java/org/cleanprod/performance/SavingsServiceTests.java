package org.cleanprod.performance;

import org.cleanprod.performance.calculation.SavingsMethod;
import org.cleanprod.places.Places;
import java.math.BigDecimal;
import java.time.YearMonth;

import org.cleanprod.consumption.ConsumptionService;
import org.cleanprod.consumption.RecordSource;
import org.cleanprod.facility.FacilityFixtures;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.planning.TargetBand;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.units.MeasureUnit;
import org.cleanprod.test.BothDatabases;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@IntegrationTest
@BothDatabases
class SavingsServiceTests {

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
	Places reference;

	@Autowired
	TestUsers users;

	CurrentUser officer;

	long mill;

	long cloth;

	@BeforeEach
	void setUp() {
		this.officer = this.users.officer();
		this.mill = FacilityFixtures.facility(this.facilities, this.reference, this.officer, "Nhà máy Tiết Kiệm", "13");
		this.cloth = this.consumption.addProduct(this.mill, "Vải", MeasureUnit.TONNE, true, this.officer);
	}

	/**
	 * Baseline 2018: electricity = 100,000 kWh + 500 kWh per tonne, exactly. 2019 uses 10
	 * % less at each month's production, so the model expects 10/9 of what was used: the
	 * regression saving is 10 %, within the 2016-2020 plan's band of 8-13 %.
	 */
	@Test
	void aTenPercentSavingAgainstAnExactModelIsWithinThePlansBand() {
		for (int month = 1; month <= 12; month++) {
			double tonnes = 100 + 10 * month;
			record(YearMonth.of(2018, month), tonnes, 100_000 + 500 * tonnes);
			double tonnes2019 = 95 + 12 * month;
			record(YearMonth.of(2019, month), tonnes2019, 0.9 * (100_000 + 500 * tonnes2019));
		}
		this.indicators.recompute(this.mill);
		this.baselines.set(this.mill, YearMonth.of(2018, 1), "Năm 2018", this.officer);
		SavingsView view = this.savings.savings(this.mill, YearMonth.of(2019, 12), this.officer, false);
		assertThat(view.normalised().model().valid()).isTrue();
		assertThat(view.normalised().model().r2()).isCloseTo(1.0, within(1e-9));
		assertThat(view.choice().method()).isEqualTo(SavingsMethod.REGRESSION);
		assertThat(view.savingsPercent()).isCloseTo(10.0, within(1e-6));
		assertThat(view.target().code()).isEqualTo("SAVINGS");
		assertThat(view.position()).isEqualTo(TargetBand.Position.WITHIN);
		assertThat(view.totalEnergy().savingsFraction()).isNotNull();
		assertThat(view.resources()).extracting(SavingsView.ResourceSaving::code).containsExactly("ELECTRICITY");
		assertThat(view.months()).hasSize(24);
		assertThat(view.months().getFirst().baseline()).isTrue();
		assertThat(view.months().getLast().expectedToe()).isNotNull();
		assertThat(view.years()).singleElement().satisfies(year -> assertThat(year.year()).isEqualTo(2019));
	}

	@Test
	void withoutABaselineThereAreNoSavingsYet() {
		record(YearMonth.of(2019, 1), 100, 150_000);
		this.indicators.recompute(this.mill);
		SavingsView view = this.savings.savings(this.mill, YearMonth.of(2019, 12), this.officer, false);
		assertThat(view.hasBaseline()).isFalse();
		assertThat(view.savingsPercent()).isNull();
		assertThat(view.months()).hasSize(12);
	}

	@Test
	void aNewBaselineSupersedesTheOldOneWhichStaysInTheHistory() {
		for (YearMonth month = YearMonth.of(2017, 1); !month.isAfter(YearMonth.of(2019, 6)); month = month
			.plusMonths(1)) {
			record(month, 100 + month.getMonthValue(), 150_000);
		}
		this.baselines.set(this.mill, YearMonth.of(2017, 1), null, this.officer);
		this.baselines.set(this.mill, YearMonth.of(2018, 7), "12 tháng", this.officer);
		assertThat(this.baselines.history(this.mill, this.officer)).hasSize(2).first().satisfies(baseline -> {
			assertThat(baseline.isCurrent()).isTrue();
			assertThat(baseline.end()).isEqualTo(YearMonth.of(2019, 6));
		});
	}

	private void record(YearMonth month, double tonnes, double kwh) {
		this.consumption.saveProduction(this.mill, this.cloth, month, BigDecimal.valueOf(tonnes), RecordSource.ENTERED,
				this.officer);
		this.consumption.saveConsumption(this.mill, "ELECTRICITY", month,
				BigDecimal.valueOf(kwh).setScale(3, java.math.RoundingMode.HALF_EVEN), MeasureUnit.KWH,
				RecordSource.ENTERED, this.officer);
	}

}
