package org.cleanprod.performance.calculation;

/** How savings against the baseline are measured for a facility. */
public enum SavingsMethod {

	/**
	 * Expected energy from a valid regression model of the baseline, minus actual energy.
	 */
	REGRESSION,

	/** The change in specific consumption (energy per unit of product). */
	INTENSITY,

	/** Neither can be computed from the data. */
	NONE

}
