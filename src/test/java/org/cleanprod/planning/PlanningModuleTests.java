package org.cleanprod.planning;

import java.time.LocalDate;

import org.cleanprod.test.ModuleTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planning module started on its own (with the reference data it reads): an issued
 * plan is the one in force in its period, with its targets.
 */
@ModuleTest
class PlanningModuleTests {

	@Autowired
	PlanningService planning;

	@Autowired
	Plans plans;

	@Test
	void anIssuedPlanIsInForceInItsPeriodWithItsTargets() {
		long plan = this.plans.issued(2091, 2095);
		this.plans.savings(plan);
		assertThat(this.planning.activePlan(LocalDate.of(2093, 1, 1))).get().satisfies(active -> {
			assertThat(active.id()).isEqualTo(plan);
			assertThat(active.targets()).extracting(TargetView::code).containsExactly("SAVINGS");
		});
	}

}
