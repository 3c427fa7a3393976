package org.cleanprod.assessment.feasibility;

/**
 * Why an option has no internal rate of return, as machine-readable codes (the API
 * returns them as they are; pages translate them).
 */
public enum IrrReason {

	/**
	 * The cash flows, the investment included, never change sign (all income or all
	 * outlay, zeros aside): NPV has the same sign at every rate, so no rate makes it
	 * zero.
	 */
	NO_SIGN_CHANGE,

	/**
	 * The cash flows change sign more than once and NPV is zero at more than one rate of
	 * the search range; each is listed, and none is "the" rate of return. Decide on the
	 * NPV at the discount rate instead.
	 */
	SEVERAL,

	/**
	 * No rate between {@link Feasibility#MIN_IRR_PERCENT} and
	 * {@link Feasibility#MAX_IRR_PERCENT} makes NPV zero: with one sign change the single
	 * root lies outside that range; with several there may be none at all.
	 */
	NOT_FOUND

}
