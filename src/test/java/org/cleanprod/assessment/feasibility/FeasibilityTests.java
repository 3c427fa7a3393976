package org.cleanprod.assessment.feasibility;

import java.util.Collections;

import org.assertj.core.data.Offset;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

/**
 * Known answers. Where no closed form is given, the expected values were computed apart
 * from this code, in Python with mpmath at 40 significant digits: NPV summed term by
 * term, IRR by 300 bisection steps of that NPV and checked against the positive real
 * roots of Σ c<sub>t</sub> x<sup>n−t</sup> (mpmath.polyroots), paybacks by the cumulative
 * sums with exact interpolation.
 */
class FeasibilityTests {

	/** 1e-9, relative. */
	private static final Percentage RELATIVE = withinPercentage(1e-7);

	/** For values that should be zero: 1e-9 of an investment of 100. */
	private static final Offset<Double> ZERO = within(1e-7);

	@Test
	void aFiveHundredMillionDongOptionWithGrowingSavings() {
		// 500,000,000 VND, then 120 … 160 million a year for five years, at 10 %.
		// Cumulative (millions): −500, −380, −250, −110, +40 → payback 3 + 110/150.
		FeasibilityResult result = Feasibility.calculate(
				FeasibilityInput.of(500_000_000, 10, 120_000_000, 130_000_000, 140_000_000, 150_000_000, 160_000_000));

		assertThat(result.npv()).isCloseTo(23_512_427.740281029, RELATIVE);
		assertThat(result.irrPercent()).isCloseTo(11.734201830318234, RELATIVE);
		assertThat(result.irrReason()).isNull();
		assertThat(result.irrRootsPercent()).singleElement().isEqualTo(result.irrPercent());
		assertThat(result.simplePaybackYears()).isCloseTo(3 + 110.0 / 150, RELATIVE);
		assertThat(result.discountedPaybackYears()).isCloseTo(4.76333125, RELATIVE);
	}

	@Test
	void theTextbookTwoYearCase() {
		// −100, 60, 60 at 10 %. NPV = −100 + 60/1.1 + 60/1.21 = 500/121.
		// IRR: −100x² + 60x + 60 = 0 with x = 1 + r → x = (60 + √27600) / 200.
		// Discounted flows 600/11 and 6000/121: payback 1 + (500/11) / (6000/121) = 1 +
		// 11/12.
		FeasibilityResult result = Feasibility.calculate(FeasibilityInput.of(100, 10, 60, 60));

		assertThat(result.npv()).isCloseTo(500.0 / 121, RELATIVE);
		assertThat(result.irrPercent()).isCloseTo(((60 + Math.sqrt(27_600)) / 200 - 1) * 100, RELATIVE)
			.isCloseTo(13.066238629180749, RELATIVE);
		assertThat(result.simplePaybackYears()).isCloseTo(1 + 40.0 / 60, RELATIVE);
		assertThat(result.discountedPaybackYears()).isCloseTo(1 + 11.0 / 12, RELATIVE);
	}

	@Test
	void aOneYearProjectReturnsWhatItAddsToItsInvestment() {
		// −100, 110: IRR = 110/100 − 1 = 10 %. At 10 % the one discounted flow is exactly
		// the investment: NPV 0 and paid back at the end of the year, although 110/1.1
		// rounds to just below 100 in a double.
		FeasibilityResult result = Feasibility.calculate(FeasibilityInput.of(100, 10, 110));

		assertThat(result.irrPercent()).isCloseTo(10, RELATIVE);
		assertThat(result.npv()).isCloseTo(0, ZERO);
		assertThat(result.simplePaybackYears()).isCloseTo(100.0 / 110, RELATIVE);
		assertThat(result.discountedPaybackYears()).isCloseTo(1, RELATIVE);
	}

	@Test
	void anOptionThatOnlyRecoversItsInvestmentReturnsZeroPercent() {
		// −100, 50, 50: undiscounted the flows add up to nothing, so IRR = 0 exactly.
		FeasibilityResult result = Feasibility.calculate(FeasibilityInput.of(100, 0, 50, 50));

		assertThat(result.irrPercent()).isCloseTo(0, ZERO);
		assertThat(result.irrRootsPercent()).hasSize(1);
		assertThat(result.npv()).isCloseTo(0, ZERO);
		assertThat(result.simplePaybackYears()).isEqualTo(2);
		assertThat(result.discountedPaybackYears()).isEqualTo(2);
	}

	@Test
	void flowsChangingSignTwiceCanHaveTwoRatesOfReturn() {
		// −100, 230, −132: −100x² + 230x − 132 = −100 (x − 1.1)(x − 1.2).
		FeasibilityResult result = Feasibility.calculate(FeasibilityInput.of(100, 10, 230, -132));

		assertThat(result.irrPercent()).isNull();
		assertThat(result.irrReason()).isEqualTo(IrrReason.SEVERAL);
		assertThat(result.irrRootsPercent()).hasSize(2);
		assertThat(result.irrRootsPercent().get(0)).isCloseTo(10, RELATIVE);
		assertThat(result.irrRootsPercent().get(1)).isCloseTo(20, RELATIVE);
		assertThat(result.npv()).isCloseTo(0, ZERO);
	}

	@Test
	void theLorieSavagePumpHasRatesOfTwentyFiveAndFourHundredPercent() {
		// Lorie and Savage (1955): −1600, 10000, −10000 = −1600 (x − 1.25)(x − 5).
		FeasibilityResult result = Feasibility.calculate(FeasibilityInput.of(1_600, 10, 10_000, -10_000));

		assertThat(result.irrReason()).isEqualTo(IrrReason.SEVERAL);
		assertThat(result.irrRootsPercent()).hasSize(2);
		assertThat(result.irrRootsPercent().get(0)).isCloseTo(25, RELATIVE);
		assertThat(result.irrRootsPercent().get(1)).isCloseTo(400, RELATIVE);
		assertThat(result.npv()).isCloseTo(-1_600 + 10_000 / 1.1 - 10_000 / 1.21, RELATIVE);
	}

	@Test
	void flowsChangingSignTwiceMayHaveNoRateOfReturnAtAll() {
		// −100, 50, −10: −100x² + 50x − 10 has discriminant 2500 − 4000 < 0.
		FeasibilityResult result = Feasibility.calculate(FeasibilityInput.of(100, 10, 50, -10));

		assertThat(result.irrPercent()).isNull();
		assertThat(result.irrReason()).isEqualTo(IrrReason.NOT_FOUND);
		assertThat(result.irrRootsPercent()).isEmpty();
	}

	@Test
	void aLossMakingYearInTheMiddleStillLeavesOneRate() {
		// −100, 50, −20, 80 at 8 %: three sign changes, but two of the three roots are
		// complex; the real one is 4.3288… %. Cumulative −100, −50, −70, +10 → payback
		// 2 + 70/80; discounted, the flows fall short by 7.34.
		FeasibilityResult result = Feasibility.calculate(FeasibilityInput.of(100, 8, 50, -20, 80));

		assertThat(result.irrPercent()).isCloseTo(4.3288271413474868, RELATIVE);
		assertThat(result.irrReason()).isNull();
		assertThat(result.npv()).isCloseTo(-7.3439008281257938, RELATIVE);
		assertThat(result.simplePaybackYears()).isCloseTo(2.875, RELATIVE);
		assertThat(result.discountedPaybackYears()).isNull();
	}

	@Test
	void flowsThatAreAllOutlayHaveNoRateAndNeverPayBack() {
		// −100, −10, −10 at 10 %: NPV = −(12100 + 1100 + 1000) / 121.
		FeasibilityResult result = Feasibility.calculate(FeasibilityInput.of(100, 10, -10, -10));

		assertThat(result.irrReason()).isEqualTo(IrrReason.NO_SIGN_CHANGE);
		assertThat(result.irrPercent()).isNull();
		assertThat(result.irrRootsPercent()).isEmpty();
		assertThat(result.npv()).isCloseTo(-14_200.0 / 121, RELATIVE);
		assertThat(result.simplePaybackYears()).isNull();
		assertThat(result.discountedPaybackYears()).isNull();
	}

	@Test
	void zeroSavingsNeverPayBack() {
		FeasibilityResult result = Feasibility.calculate(FeasibilityInput.of(100, 10, 0, 0, 0));

		assertThat(result.irrReason()).isEqualTo(IrrReason.NO_SIGN_CHANGE);
		assertThat(result.npv()).isEqualTo(-100);
		assertThat(result.simplePaybackYears()).isNull();
		assertThat(result.discountedPaybackYears()).isNull();
	}

	@Test
	void anOptionWithoutInvestmentPaysBackAtOnceAndHasNoRate() {
		// Good housekeeping: nothing to invest, only savings. 10/1.1 + 20/1.21 =
		// 3100/121.
		FeasibilityResult result = Feasibility.calculate(FeasibilityInput.of(0, 10, 10, 20));

		assertThat(result.irrReason()).isEqualTo(IrrReason.NO_SIGN_CHANGE);
		assertThat(result.npv()).isCloseTo(3_100.0 / 121, RELATIVE);
		assertThat(result.simplePaybackYears()).isZero();
		assertThat(result.discountedPaybackYears()).isZero();
	}

	@Test
	void anOptionWithoutInvestmentPaysBackAtOnceEvenWhenItCostsLater() {
		FeasibilityResult result = Feasibility.calculate(FeasibilityInput.of(0, 10, -10, 30));

		assertThat(result.simplePaybackYears()).isZero();
		assertThat(result.discountedPaybackYears()).isZero();
		// 0, −10, 30: one sign change, −10x + 30 = 0 at x = 3.
		assertThat(result.irrPercent()).isCloseTo(200, RELATIVE);
	}

	@Test
	void paybackAtAYearsEndIsAWholeNumberOfYears() {
		// −100, 50, 50, 50: recovered exactly at the end of year 2. Discounted at 10 %,
		// 100 − 50/1.1 − 50/1.21 is left after two years, 50/1.331 comes in the third:
		// the share is (133.1 − 60.5 − 55) / 50 = 0.352.
		FeasibilityResult result = Feasibility.calculate(FeasibilityInput.of(100, 10, 50, 50, 50));

		assertThat(result.simplePaybackYears()).isEqualTo(2);
		assertThat(result.discountedPaybackYears()).isCloseTo(2.352, RELATIVE);
		assertThat(result.irrPercent()).isCloseTo(23.375192852825879, RELATIVE);
		assertThat(result.npv()).isCloseTo(24.342599549211119, RELATIVE);
	}

	@Test
	void discountedPaybackIsNeverWhenTheDiscountedFlowsFallShort() {
		// 4 × 30 = 120 recovers 100 in 3 + 10/30 years; discounted at 10 % the four flows
		// bring only 95.10.
		FeasibilityResult result = Feasibility.calculate(FeasibilityInput.of(100, 10, 30, 30, 30, 30));

		assertThat(result.simplePaybackYears()).isCloseTo(3 + 10.0 / 30, RELATIVE);
		assertThat(result.discountedPaybackYears()).isNull();
		assertThat(result.npv()).isCloseTo(-4.9040366095212076, RELATIVE);
		assertThat(result.irrPercent()).isCloseTo(7.7138472952083551, RELATIVE);
	}

	@Test
	void aRateOfReturnOutsideTheSearchRangeIsNotFound() {
		// −100, 10000 returns 9,900 %; −100, 0.05 returns −99.95 %.
		FeasibilityResult high = Feasibility.calculate(FeasibilityInput.of(100, 10, 10_000));
		FeasibilityResult low = Feasibility.calculate(FeasibilityInput.of(100, 10, 0.05));

		assertThat(high.irrReason()).isEqualTo(IrrReason.NOT_FOUND);
		assertThat(high.irrPercent()).isNull();
		assertThat(high.simplePaybackYears()).isCloseTo(0.01, RELATIVE);
		assertThat(low.irrReason()).isEqualTo(IrrReason.NOT_FOUND);
	}

	@Test
	void aCenturyOfFlowsAtTheExtremesOfTheRangeStaysFinite() {
		// 10^15 VND, then 2 × 10^13 a year for 100 years: the annuity factor is 50 at
		// 1.58496… %. At −99 % NPV is about 2.02 × 10^213; at −99.9 %, where the search
		// starts, it would be near 10^313, beyond a double.
		FeasibilityResult result = Feasibility
			.calculate(new FeasibilityInput(1e15, Collections.nCopies(100, 2e13), -99));

		assertThat(result.irrPercent()).isCloseTo(1.5849621837204673, RELATIVE);
		assertThat(result.npv()).isCloseTo(2.0202020202020202e213, RELATIVE);
	}

	@Test
	void inputThatNoCalculationCanUseIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> FeasibilityInput.of(-1, 10, 10));
		assertThatIllegalArgumentException().isThrownBy(() -> FeasibilityInput.of(100, -100, 10));
		assertThatIllegalArgumentException().isThrownBy(() -> FeasibilityInput.of(100, Double.NaN, 10));
		assertThatIllegalArgumentException().isThrownBy(() -> FeasibilityInput.of(100, 10, Double.POSITIVE_INFINITY));
		assertThatIllegalArgumentException().isThrownBy(() -> FeasibilityInput.of(Double.POSITIVE_INFINITY, 10, 1));
	}

}
