package org.cleanprod.performance;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SavingsWordingTests {

	@Test
	void aNegativeSavingReadsAsAnIncreaseOfItsMagnitude() {
		assertThat(SavingsWording.key(-2.94)).isEqualTo("performance.change.increase");
		assertThat(SavingsWording.magnitude(-2.94)).isEqualByComparingTo("2.9");
		assertThat(SavingsWording.key(2.95)).isEqualTo("performance.change.saving");
		assertThat(SavingsWording.magnitude(2.95)).isEqualByComparingTo("3.0");
	}

	@Test
	void whatRoundsToZeroIsNoChangeNeverMinusZero() {
		assertThat(SavingsWording.key(-0.0)).isEqualTo("performance.change.none");
		assertThat(SavingsWording.key(-0.04)).isEqualTo("performance.change.none");
		assertThat(SavingsWording.key(1.6821710319637073E-14)).isEqualTo("performance.change.none");
		assertThat(SavingsWording.magnitude(-0.04).signum()).isZero();
		assertThat(SavingsWording.magnitude(-0.04).toPlainString()).isEqualTo("0.0");
	}

	@Test
	void noFigureReadsAsADash() {
		assertThat(SavingsWording.key(null)).isEqualTo("performance.change.unknown");
		assertThat(SavingsWording.key(Double.NaN)).isEqualTo("performance.change.unknown");
		assertThat(SavingsWording.magnitude(null)).isNull();
	}

}
