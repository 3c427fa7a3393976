package org.cleanprod.performance.calculation;

import java.time.YearMonth;

/**
 * Something the user should know about a normalised savings result that does not stop it
 * being computed.
 *
 * @param code what it is
 * @param predictor the predictor concerned
 * @param month the reporting month concerned
 * @param value the predictor's value that month
 * @param baselineMin the smallest value of the predictor in the baseline
 * @param baselineMax the largest value of the predictor in the baseline
 */
public record SavingsWarning(Code code, String predictor, YearMonth month, double value, double baselineMin,
		double baselineMax) {

	public enum Code {

		/**
		 * A reporting month's predictor lies outside the range the baseline model was
		 * fitted on, so its expected energy is an extrapolation of a straight line beyond
		 * the data (ISO 50006 and the US DOE EnPI tool ask for drivers within the
		 * baseline range).
		 */
		PREDICTOR_OUTSIDE_BASELINE_RANGE

	}

}
