package org.cleanprod.performance.calculation;

import java.time.YearMonth;

/**
 * One reporting month of a normalised savings calculation.
 *
 * @param month the month
 * @param expected energy the baseline model predicts for the month's drivers;
 * {@code null} when the model could not be fitted
 * @param actual energy used
 * @param savings expected − actual; {@code null} with {@code expected}
 */
public record MonthlySavings(YearMonth month, Double expected, double actual, Double savings) {

}
