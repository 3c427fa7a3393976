package org.cleanprod.resources;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.cleanprod.resources.factor.FactorForm;
import org.cleanprod.resources.factor.FactorService;
import org.cleanprod.shared.units.MeasureUnit;
import org.cleanprod.test.ModuleTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resources module started on its own (with {@code shared} and {@code places}, which
 * it depends on): adding a factor version announces it, so other modules can follow.
 */
@ModuleTest
class ResourcesModuleTests {

	@Autowired
	FactorService factors;

	@Autowired
	Resources reference;

	@Autowired
	TestUsers users;

	@Test
	void addingAFactorVersionAnnouncesIt(Scenario scenario) {
		FactorView open = this.reference.factors("ELECTRICITY", FactorKind.TCO2).getFirst();
		FactorForm form = new FactorForm(FactorKind.TCO2, MeasureUnit.MWH, new BigDecimal("0.7012"), null,
				LocalDate.of(2025, 1, 1), null, true, "S-EF5", "secondary (test)", null, null, null, null, true);
		scenario.stimulate(() -> this.factors.add("ELECTRICITY", form, this.users.admin()))
			.andWaitForEventOfType(ConversionFactorAdded.class)
			.matching(added -> "ELECTRICITY".equals(added.resourceCode()))
			.toArriveAndVerify(added -> {
				assertThat(added.kind()).isEqualTo(FactorKind.TCO2);
				assertThat(added.validFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
				assertThat(added.closedFactorId()).isEqualTo(open.id());
			});
	}

}
