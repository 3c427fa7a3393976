package org.cleanprod.performance;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.cleanprod.consumption.ConsumptionService;
import org.cleanprod.consumption.RecordSource;
import org.cleanprod.facility.FacilityFixtures;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.places.Places;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.units.MeasureUnit;
import org.cleanprod.test.ModuleTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The performance module started with the modules it depends on: a value saved in
 * consumption is announced, and the month's indicator follows without anyone asking.
 */
@ModuleTest
class PerformanceModuleTests {

	private static final YearMonth MARCH = YearMonth.of(2024, 3);

	@Autowired
	IndicatorService indicators;

	@Autowired
	ConsumptionService consumption;

	@Autowired
	FacilityService facilities;

	@Autowired
	Places places;

	@Autowired
	TestUsers users;

	@Test
	void aSavedValueBecomesItsMonthsIndicator(Scenario scenario) {
		CurrentUser officer = this.users.officer();
		long mill = FacilityFixtures.facility(this.facilities, this.places, officer, "Nhà máy mô-đun chỉ số", "13");
		scenario
			.stimulate(() -> this.consumption.saveConsumption(mill, "ELECTRICITY", MARCH, new BigDecimal("1000"),
					MeasureUnit.KWH, RecordSource.ENTERED, officer))
			.andWaitForStateChange(() -> this.indicators.monthly(mill, MARCH, MARCH, officer),
					months -> !months.isEmpty())
			.andVerify(months -> {
				assertThat(months).hasSize(1);
				assertThat(months.getFirst().gj()).isEqualByComparingTo("3.6");
			});
	}

}
