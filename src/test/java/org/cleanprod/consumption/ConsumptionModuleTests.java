package org.cleanprod.consumption;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Set;

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
import static org.assertj.core.api.Assertions.entry;

/**
 * The consumption module started on its own (with the registry and the reference data): a
 * saved value announces the facility and month it changed, which is all that the
 * indicators, flags and findings of other modules follow.
 */
@ModuleTest
class ConsumptionModuleTests {

	private static final YearMonth MARCH = YearMonth.of(2024, 3);

	@Autowired
	ConsumptionService consumption;

	@Autowired
	FacilityService facilities;

	@Autowired
	Places places;

	@Autowired
	TestUsers users;

	@Test
	void aSavedValueAnnouncesItsFacilityAndMonth(Scenario scenario) {
		CurrentUser officer = this.users.officer();
		long mill = FacilityFixtures.facility(this.facilities, this.places, officer, "Nhà máy mô-đun tiêu thụ", "13");
		scenario
			.stimulate(() -> this.consumption.saveConsumption(mill, "ELECTRICITY", MARCH, new BigDecimal("1200"),
					MeasureUnit.KWH, RecordSource.ENTERED, officer))
			.andWaitForEventOfType(RecordsChanged.class)
			.matching(changed -> changed.facilityIds().contains(mill))
			.toArriveAndVerify(changed -> assertThat(changed.months()).containsExactly(entry(mill, Set.of(MARCH))));
	}

}
