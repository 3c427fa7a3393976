package org.cleanprod.performance.calculation;

import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One month of a facility's energy and the values of its drivers, as the calculator API
 * receives them: {@code {"month": "2019-01", "energy": 1234.5, "predictors":
 * {"production": 100}}}. Values are boxed so that a missing one reaches
 * {@link NormalisedSavings} and is reported with its code rather than read as zero.
 *
 * @param month the calendar month
 * @param energy energy used in the month, in one unit for the whole calculation
 * @param predictors driver values by name (production, degree days, …), in the order the
 * results should keep; {@code null} is taken as none
 */
public record MonthlyObservation(YearMonth month, Double energy, Map<String, Double> predictors) {

	public MonthlyObservation {
		predictors = (predictors != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(predictors)) : Map.of();
	}

}
