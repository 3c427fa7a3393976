package org.cleanprod.planning;

import java.time.LocalDate;

import org.cleanprod.test.ModuleTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

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
	JdbcClient jdbc;

	@Test
	void anIssuedPlanIsInForceInItsPeriodWithItsTargets() {
		Plans plans = new Plans(this.planning, new TestUsers(this.jdbc).officer());
		long plan = plans.issued(2091, 2095);
		plans.savings(plan);
		assertThat(this.planning.activePlan(LocalDate.of(2093, 1, 1))).get().satisfies(active -> {
			assertThat(active.id()).isEqualTo(plan);
			assertThat(active.targets()).extracting(TargetView::code).containsExactly("SAVINGS");
		});
	}

}
