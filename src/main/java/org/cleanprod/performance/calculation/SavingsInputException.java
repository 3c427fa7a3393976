package org.cleanprod.performance.calculation;

import java.time.YearMonth;

/**
 * Input a savings calculation cannot use, with a code the API maps to a 400 problem
 * response. The message starts with the code.
 */
public final class SavingsInputException extends IllegalArgumentException {

	public enum Code {

		/** The baseline has no month. */
		BASELINE_EMPTY,

		/** The reporting period has no month. */
		REPORTING_EMPTY,

		/** An observation has no month. */
		MONTH_MISSING,

		/** The same month appears twice in one period. */
		DUPLICATE_MONTH,

		/** A month has no energy value. */
		ENERGY_MISSING,

		/** A month lacks a predictor that the first baseline month has. */
		PREDICTOR_MISSING,

		/** A month has a predictor that the first baseline month does not. */
		UNEXPECTED_PREDICTOR,

		/** A value is NaN or infinite. */
		NON_FINITE_VALUE

	}

	private final Code code;

	private final String field;

	private final YearMonth month;

	private final String predictor;

	SavingsInputException(Code code, String field, YearMonth month, String predictor) {
		super(code + ": " + field + ((month != null) ? " " + month : "")
				+ ((predictor != null) ? " predictor '" + predictor + "'" : ""));
		this.code = code;
		this.field = field;
		this.month = month;
		this.predictor = predictor;
	}

	public Code code() {
		return this.code;
	}

	/** {@code baseline} or {@code reporting}, as the request fields. */
	public String field() {
		return this.field;
	}

	/** The month concerned, or {@code null}. */
	public YearMonth month() {
		return this.month;
	}

	/** The predictor concerned, or {@code null}. */
	public String predictor() {
		return this.predictor;
	}

}
