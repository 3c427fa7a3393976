package org.cleanprod.performance.calculation;

import java.util.List;

/**
 * Savings of one resource by intensity; see {@link IntensitySavings} for the formulas. A
 * value that does not exist is {@code null} and {@link #reasons()} says why.
 *
 * @param baselineSpecificConsumption consumption per unit of product in the baseline
 * @param reportingSpecificConsumption consumption per unit of product in the reporting
 * period
 * @param savingsFraction 1 − reporting / baseline specific consumption (0.1 = 10 % less
 * per unit of product; negative when more)
 * @param savings consumption avoided in the reporting period, in the resource's unit
 * @param reasons why values are missing; empty when all exist
 */
public record IntensitySaving(Double baselineSpecificConsumption, Double reportingSpecificConsumption,
		Double savingsFraction, Double savings, List<IntensityIssue> reasons) {

	public IntensitySaving {
		reasons = List.copyOf(reasons);
	}

	/** Whether the savings fraction exists. */
	public boolean defined() {
		return this.savingsFraction != null;
	}

}
