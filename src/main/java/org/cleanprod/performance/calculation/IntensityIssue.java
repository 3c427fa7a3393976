package org.cleanprod.performance.calculation;

/**
 * Why a specific consumption or an intensity saving is undefined, as machine-readable
 * codes. "Baseline" and "reporting" are the two periods compared.
 */
public enum IntensityIssue {

	BASELINE_CONSUMPTION_MISSING,

	BASELINE_CONSUMPTION_NEGATIVE,

	BASELINE_PRODUCTION_MISSING,

	/** Zero or negative: no consumption per unit of product exists. */
	BASELINE_PRODUCTION_NOT_POSITIVE,

	/**
	 * Nothing was consumed per unit of product in the baseline: no fraction of it exists.
	 */
	BASELINE_SPECIFIC_CONSUMPTION_ZERO,

	REPORTING_CONSUMPTION_MISSING,

	REPORTING_CONSUMPTION_NEGATIVE,

	REPORTING_PRODUCTION_MISSING,

	/** Zero or negative: no consumption per unit of product exists. */
	REPORTING_PRODUCTION_NOT_POSITIVE

}
