package org.cleanprod.planning;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Where a measured value lies against a target's band, at the edges. */
class TargetBandTests {

	private static final TargetBand SAVINGS = new TargetBand(new BigDecimal("8"), new BigDecimal("13"));

	@ParameterizedTest
	@CsvSource({ "7.99, BELOW", "8, WITHIN", "8.00, WITHIN", "10.5, WITHIN", "13, WITHIN", "13.0000, WITHIN",
			"13.01, ABOVE", "-1, BELOW", "100, ABOVE" })
	void savingsOfEightToThirteenPercentAreWithinAtBothEnds(String value, TargetBand.Position position) {
		assertThat(SAVINGS.classify(new BigDecimal(value))).isEqualTo(position);
	}

	@Test
	void aFloorHasNothingAboveIt() {
		TargetBand atLeast = new TargetBand(new BigDecimal("90"), null);
		assertThat(atLeast.classify(new BigDecimal("89.99"))).isEqualTo(TargetBand.Position.BELOW);
		assertThat(atLeast.classify(new BigDecimal("90"))).isEqualTo(TargetBand.Position.WITHIN);
		assertThat(atLeast.classify(new BigDecimal("100"))).isEqualTo(TargetBand.Position.WITHIN);
		assertThat(atLeast.messageKey()).isEqualTo("plan.band.atLeast");
	}

	@Test
	void aCeilingHasNothingBelowIt() {
		TargetBand atMost = new TargetBand(null, new BigDecimal("5"));
		assertThat(atMost.classify(new BigDecimal("-3"))).isEqualTo(TargetBand.Position.WITHIN);
		assertThat(atMost.classify(new BigDecimal("5.01"))).isEqualTo(TargetBand.Position.ABOVE);
		assertThat(atMost.messageKey()).isEqualTo("plan.band.atMost");
	}

	@Test
	void oneValueIsABandOfWidthZero() {
		TargetBand exact = new TargetBand(new BigDecimal("100"), new BigDecimal("100.00"));
		assertThat(exact.classify(new BigDecimal("99.9"))).isEqualTo(TargetBand.Position.BELOW);
		assertThat(exact.classify(new BigDecimal("100"))).isEqualTo(TargetBand.Position.WITHIN);
		assertThat(exact.classify(new BigDecimal("100.1"))).isEqualTo(TargetBand.Position.ABOVE);
		assertThat(exact.messageKey()).isEqualTo("plan.band.exact");
		assertThat(SAVINGS.messageKey()).isEqualTo("plan.band.range");
	}

	@Test
	void aBandNeedsABoundInOrder() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TargetBand(null, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TargetBand(new BigDecimal("13"), new BigDecimal("8")));
		assertThatIllegalArgumentException().isThrownBy(() -> SAVINGS.classify(null));
	}

	@ParameterizedTest
	@CsvSource({ "ISSUED, 2015, UPCOMING", "ISSUED, 2016, IN_FORCE", "ISSUED, 2020, IN_FORCE", "ISSUED, 2021, ENDED",
			"DRAFT, 2018, DRAFT", "REVOKED, 2018, REVOKED" })
	void aPlansPhaseFollowsItsStatusAndPeriod(PlanStatus status, int year, PlanPhase phase) {
		assertThat(PlanPhase.of(status, 2016, 2020, year)).isEqualTo(phase);
	}

}
