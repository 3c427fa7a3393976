package org.cleanprod.performance;

import org.cleanprod.performance.calculation.IntensitySaving;
import org.cleanprod.performance.calculation.NormalisedSavingsResult;
import org.cleanprod.performance.calculation.SavingsMethod;
import org.cleanprod.performance.web.SavingsMethodChoice;
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
 * active plan's target band. {@code savingsPercent} is the one figure of the period, by
 * {@code choice}'s method, that the headline, the table's total and the chart show;
 * {@code months} carries the series the charts draw.
 *
 * @param reportingMonths how many months of the reporting period have energy figures
 * @param periodProblem why no savings are given although there is a baseline:
 * {@value #BASELINE_INCOMPLETE} or {@value #REPORTING_OVERLAPS_BASELINE}; {@code null}
 * otherwise
 * @param baselineMissing the months the baseline lacks, by resource and product, when it
 * is incomplete
 * @param firstReportingEnd the first reporting end whose twelve months follow the
 * baseline
 */
public record SavingsView(long facilityId, BaselineView baseline, YearMonth reportingStart, YearMonth reportingEnd,
		int reportingMonths, String mainProduct, MeasureUnit productUnit, String periodProblem, String baselineMissing,
		YearMonth firstReportingEnd, List<ResourceSaving> resources, IntensitySaving totalEnergy,
		NormalisedSavingsResult normalised, String regressionProblem, SavingsMethodChoice choice, Double savingsPercent,
		TargetView target, TargetBand.Position position, List<MonthPoint> months, List<YearSaving> years) {

	/** A month of the baseline lacks consumption or production. */
	public static final String BASELINE_INCOMPLETE = "BASELINE_INCOMPLETE";

	/** The reporting period shares months with the baseline. */
	public static final String REPORTING_OVERLAPS_BASELINE = "REPORTING_OVERLAPS_BASELINE";

	/**
	 * The intensity saving of one resource, in the resource's base unit per unit of
	 * product.
	 */
	public record ResourceSaving(String code, String label, MeasureUnit baseUnit, IntensitySaving saving) {

		/** The saving as a percentage, or null. */
		public Double percent() {
			return (this.saving.savingsFraction() != null) ? this.saving.savingsFraction() * 100 : null;
		}

	}

	/**
	 * One month of the charts: energy by carrier group (TOE), production, specific
	 * energy, the model's expectation.
	 */
	public record MonthPoint(YearMonth month, Map<String, Double> toeByGroup, Double toe, Double production,
			Double specificToe, Double expectedToe, boolean baseline) {

	}

	/**
	 * The savings of a calendar year after the baseline, by the facility's method, as for
	 * a reporting period of that year.
	 *
	 * @param months how many of its months have energy figures
	 */
	public record YearSaving(int year, SavingsMethod method, Double percent, int months) {

	}

	public boolean hasBaseline() {
		return this.baseline != null;
	}

}
