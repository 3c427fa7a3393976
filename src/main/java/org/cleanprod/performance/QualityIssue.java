package org.cleanprod.performance;

import java.time.YearMonth;

/**
 * Something suspicious in a facility's monthly series, found by {@link DataQualityRules}.
 *
 * @param kind what rule found it
 * @param month the month to look at
 * @param value the value concerned ({@code null} for a missing month)
 * @param detail a short, locale-independent explanation: the series concerned, the score
 * or the ratio and the neighbouring month; {@code null} when the kind says it all
 */
public record QualityIssue(Kind kind, YearMonth month, Double value, String detail) {

	public enum Kind {

		/** No value for a month of the range. */
		MISSING_MONTH,

		/** A negative consumption or production. */
		NEGATIVE_VALUE,

		/** Consumption in a month with zero or no recorded production. */
		CONSUMPTION_WITHOUT_PRODUCTION,

		/** A value far from the rest by the modified z-score. */
		OUTLIER,

		/**
		 * A change of ten times or more from a neighbouring month: likely a unit mistake.
		 */
		JUMP

	}

}
