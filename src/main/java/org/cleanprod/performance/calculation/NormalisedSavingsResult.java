package org.cleanprod.performance.calculation;

import java.util.List;

/**
 * The result of {@link NormalisedSavings}, shaped as the response of
 * {@code POST /api/v1/calculators/normalised-savings}.
 *
 * @param model the baseline model, with whether it is valid and why not
 * @param expected total energy the model predicts for the reporting months; {@code null}
 * when the model could not be fitted
 * @param actual total energy used in the reporting months
 * @param savings expected − actual; positive when less energy was used than expected
 * @param savingsPercent savings / expected × 100; {@code null} when expected is missing
 * or not positive
 * @param months the same per reporting month, in calendar order
 * @param warnings reporting months whose drivers lie outside the baseline's range
 */
public record NormalisedSavingsResult(RegressionModel model, Double expected, double actual, Double savings,
		Double savingsPercent, List<MonthlySavings> months, List<SavingsWarning> warnings) {

	public NormalisedSavingsResult {
		months = List.copyOf(months);
		warnings = List.copyOf(warnings);
	}

}
