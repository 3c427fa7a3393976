package org.cleanprod.performance;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.cleanprod.planning.TargetBand;
import org.cleanprod.planning.TargetView;
import org.cleanprod.shared.units.MeasureUnit;

/**
 * A facility's performance over a reporting period against its baseline: intensity
 * savings per resource and for all energy (TOE), the regression-normalised savings with
 * the model's quality, which method applies and why, and how the savings compare with the
 * active plan's target band. {@code months} carries the series the charts draw.
 */
public record SavingsView(long facilityId, BaselineView baseline, YearMonth reportingStart, YearMonth reportingEnd,
		String mainProduct, MeasureUnit productUnit, List<ResourceSaving> resources, IntensitySaving totalEnergy,
		NormalisedSavingsResult normalised, String regressionProblem, SavingsMethodChoice choice, Double savingsPercent,
		TargetView target, TargetBand.Position position, List<MonthPoint> months, List<YearSaving> years) {

	/**
	 * The intensity saving of one resource, in the resource's base unit per unit of
	 * product.
	 */
	public record ResourceSaving(String code, String label, MeasureUnit baseUnit, IntensitySaving saving) {

	}

	/**
	 * One month of the charts: energy by carrier group (TOE), production, specific
	 * energy, the model's expectation.
	 */
	public record MonthPoint(YearMonth month, Map<String, Double> toeByGroup, Double toe, Double production,
			Double specificToe, Double expectedToe, boolean baseline) {

	}

	/**
	 * The intensity saving of total energy in a full calendar year after the baseline.
	 */
	public record YearSaving(int year, Double percent) {

	}

	public boolean hasBaseline() {
		return this.baseline != null;
	}

}
