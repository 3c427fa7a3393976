package org.cleanprod.assessment.feasibility;

import java.util.Arrays;
import java.util.List;

/**
 * What the feasibility of a CP option is computed from: the conventional project profile
 * of the UNEP/UNIDO CP assessment's economic evaluation, one investment at the start and
 * one net cash flow at the end of each year after it.
 * <p>
 * Amounts are {@code double}s: they are forecasts known to a few significant digits,
 * which a double's fifteen carry with room to spare (every whole amount of VND below
 * 2<sup>53</sup> ≈ 9 × 10<sup>15</sup> is exact), and the internal rate of return is the
 * root of a polynomial of degree n found by iteration, where {@code BigDecimal} would be
 * slower and no more exact. Results are figures for a decision, not amounts to book.
 *
 * @param investment the investment in VND, spent at year 0; not negative
 * @param cashFlows the net cash flow of each year after the investment (savings and other
 * income less the option's operating costs), year 1 first; each may be negative or zero
 * @param discountRatePercent the discount rate in percent a year; above −100
 * @throws IllegalArgumentException when a value is not finite, the investment is negative
 * or the rate is −100 % or below
 */
public record FeasibilityInput(double investment, List<Double> cashFlows, double discountRatePercent) {

	public FeasibilityInput {
		if (!Double.isFinite(investment) || investment < 0) {
			throw new IllegalArgumentException("investment must be finite and not negative: " + investment);
		}
		if (!Double.isFinite(discountRatePercent) || discountRatePercent <= -100) {
			throw new IllegalArgumentException("discount rate must be finite and above -100 %: " + discountRatePercent);
		}
		cashFlows = List.copyOf(cashFlows);
		for (int year = 1; year <= cashFlows.size(); year++) {
			if (!Double.isFinite(cashFlows.get(year - 1))) {
				throw new IllegalArgumentException("cash flow of year " + year + " is not finite");
			}
		}
	}

	/** The same with the cash flows as numbers, for tests and callers holding arrays. */
	public static FeasibilityInput of(double investment, double discountRatePercent, double... cashFlows) {
		return new FeasibilityInput(investment, Arrays.stream(cashFlows).boxed().toList(), discountRatePercent);
	}

}
