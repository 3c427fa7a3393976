package org.cleanprod.performance.calculation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Savings by intensity: the change in specific consumption (SEC, "suất tiêu hao"), the
 * ratio energy performance indicator of ISO 50006:2014 and the usual measure of the
 * UNEP/UNIDO cleaner production methodology:
 * <ul>
 * <li>specific consumption SC = consumption / production over a period;</li>
 * <li>savings fraction = 1 − SC<sub>reporting</sub> / SC<sub>baseline</sub>;</li>
 * <li>savings = SC<sub>baseline</sub> × production<sub>reporting</sub> −
 * consumption<sub>reporting</sub>, the consumption avoided in the reporting period, equal
 * to the savings fraction × what the baseline intensity would have used.</li>
 * </ul>
 * A ratio normalises for production only, and assumes consumption is proportional to it
 * (no fixed part); when a valid regression model exists it is the better measure (see
 * {@link SavingsMethodChoice}). Values are undefined, with their reasons, when production
 * is missing or not positive in either period, consumption is missing or negative, or the
 * baseline specific consumption is zero.
 */
public final class IntensitySavings {

	private IntensitySavings() {
	}

	/** Savings of one resource (or of total energy) between two periods. */
	static IntensitySaving saving(PeriodUse baseline, PeriodUse reporting) {
		List<IntensityIssue> reasons = new ArrayList<>();
		Double baselineSc = specificConsumption(baseline, reasons, IntensityIssue.BASELINE_CONSUMPTION_MISSING,
				IntensityIssue.BASELINE_CONSUMPTION_NEGATIVE, IntensityIssue.BASELINE_PRODUCTION_MISSING,
				IntensityIssue.BASELINE_PRODUCTION_NOT_POSITIVE);
		Double reportingSc = specificConsumption(reporting, reasons, IntensityIssue.REPORTING_CONSUMPTION_MISSING,
				IntensityIssue.REPORTING_CONSUMPTION_NEGATIVE, IntensityIssue.REPORTING_PRODUCTION_MISSING,
				IntensityIssue.REPORTING_PRODUCTION_NOT_POSITIVE);
		if (baselineSc != null && baselineSc == 0) {
			reasons.add(IntensityIssue.BASELINE_SPECIFIC_CONSUMPTION_ZERO);
		}
		if (baselineSc == null || reportingSc == null || baselineSc == 0) {
			return new IntensitySaving(baselineSc, reportingSc, null, null, reasons);
		}
		double fraction = 1 - reportingSc / baselineSc;
		double savings = baselineSc * reporting.production() - reporting.consumption();
		return new IntensitySaving(baselineSc, reportingSc, fraction, savings, List.of());
	}

	/** Savings of every resource and of total energy between two periods. */
	public static <K> IntensitySavingsResult<K> calculate(FacilityPeriod<K> baseline, FacilityPeriod<K> reporting) {
		Set<K> resources = new LinkedHashSet<>(baseline.consumption().keySet());
		resources.addAll(reporting.consumption().keySet());
		Map<K, IntensitySaving> savings = new LinkedHashMap<>();
		for (K resource : resources) {
			savings.put(resource, saving(new PeriodUse(baseline.consumption().get(resource), baseline.production()),
					new PeriodUse(reporting.consumption().get(resource), reporting.production())));
		}
		IntensitySaving total = saving(new PeriodUse(baseline.totalEnergyToe(), baseline.production()),
				new PeriodUse(reporting.totalEnergyToe(), reporting.production()));
		return new IntensitySavingsResult<>(savings, total);
	}

	private static Double specificConsumption(PeriodUse use, List<IntensityIssue> reasons,
			IntensityIssue consumptionMissing, IntensityIssue consumptionNegative, IntensityIssue productionMissing,
			IntensityIssue productionNotPositive) {
		int before = reasons.size();
		if (use.consumption() == null || !Double.isFinite(use.consumption())) {
			reasons.add(consumptionMissing);
		}
		else if (use.consumption() < 0) {
			reasons.add(consumptionNegative);
		}
		if (use.production() == null || !Double.isFinite(use.production())) {
			reasons.add(productionMissing);
		}
		else if (use.production() <= 0) {
			reasons.add(productionNotPositive);
		}
		return (reasons.size() == before) ? use.consumption() / use.production() : null;
	}

}
