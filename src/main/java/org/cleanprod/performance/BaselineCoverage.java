package org.cleanprod.performance;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether the twelve months of a baseline carry the data savings are measured with: every
 * month has the production of the main product and a consumption value of every resource
 * the baseline covers (each resource with a value in any of its months).
 *
 * <p>
 * Sources: ISO 50006:2014, clause 4.4 (an energy baseline rests on a period that suits
 * the organization's operating cycle, commonly twelve months, with data sufficient for
 * its energy performance indicators), and IPMVP Core Concepts (EVO 10000-1:2022: the
 * baseline period covers a full operating cycle, typically twelve consecutive months,
 * with the energy and the independent variables of each of its periods). Specific
 * consumption needs the production of every month whose consumption it sums, and a
 * regression model fitted on fewer months than the baseline claims describes part of the
 * year only. A recorded zero counts as data; a month without a record does not.
 *
 * @param start the first month of the baseline
 * @param end the last month
 * @param hasProduct whether the facility has a main product at all
 * @param covered the resources with a value in at least one month of the baseline, in the
 * order given
 * @param missingConsumption for each covered resource, the months without its value;
 * resources with none missing are left out
 * @param missingProduction the months without the production of the main product
 */
record BaselineCoverage(YearMonth start, YearMonth end, boolean hasProduct, List<String> covered,
		Map<String, List<YearMonth>> missingConsumption, List<YearMonth> missingProduction) {

	/** The length of a baseline, in months. */
	static final int MONTHS = 12;

	BaselineCoverage {
		covered = List.copyOf(covered);
		missingConsumption = Collections.unmodifiableMap(new LinkedHashMap<>(missingConsumption));
		missingProduction = List.copyOf(missingProduction);
	}

	/**
	 * @param consumption the months each resource has a value in (months outside the
	 * baseline are ignored), in the order the result should list them
	 * @param production the months the main product has a value in
	 */
	static BaselineCoverage of(YearMonth start, YearMonth end, boolean hasProduct,
			Map<String, ? extends Collection<YearMonth>> consumption, Collection<YearMonth> production) {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth month = start; !month.isAfter(end); month = month.plusMonths(1)) {
			months.add(month);
		}
		List<String> covered = new ArrayList<>();
		Map<String, List<YearMonth>> missing = new LinkedHashMap<>();
		consumption.forEach((resource, recorded) -> {
			Set<YearMonth> present = Set.copyOf(recorded);
			if (months.stream().noneMatch(present::contains)) {
				return;
			}
			covered.add(resource);
			List<YearMonth> gaps = months.stream().filter(month -> !present.contains(month)).toList();
			if (!gaps.isEmpty()) {
				missing.put(resource, gaps);
			}
		});
		Set<YearMonth> made = Set.copyOf(production);
		List<YearMonth> missingProduction = hasProduct ? months.stream().filter(month -> !made.contains(month)).toList()
				: List.copyOf(months);
		return new BaselineCoverage(start, end, hasProduct, covered, missing, missingProduction);
	}

	/** Whether the baseline may be used: twelve months, each with all its data. */
	boolean complete() {
		return hasTwelveMonths() && this.hasProduct && !this.covered.isEmpty() && this.missingConsumption.isEmpty()
				&& this.missingProduction.isEmpty();
	}

	boolean hasTwelveMonths() {
		return this.start.plusMonths(MONTHS - 1).equals(this.end);
	}

	/** Whether no resource has any value in the baseline. */
	boolean noConsumption() {
		return this.covered.isEmpty();
	}

}
