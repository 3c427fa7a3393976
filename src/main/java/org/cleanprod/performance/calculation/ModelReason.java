package org.cleanprod.performance.calculation;

/**
 * Why a regression model of energy is not valid, as machine-readable codes (the API
 * returns them as they are; pages translate them). The first group says the model could
 * not be fitted at all, the second that it was fitted but fails a validity rule of
 * {@link Regression}.
 */
public enum ModelReason {

	/** No predictor was given: there is nothing to normalise for. */
	NO_PREDICTORS,

	/**
	 * Fewer than k + 2 observations for k predictors: no residual degree of freedom is
	 * left to estimate the error, so no statistic exists.
	 */
	TOO_FEW_OBSERVATIONS,

	/** A predictor has the same value in every month; it cannot explain any variation. */
	CONSTANT_PREDICTOR,

	/**
	 * A predictor is a linear combination of the others; its coefficient is not defined.
	 */
	COLLINEAR_PREDICTORS,

	/** Energy is the same in every month: R² and the tests are not defined. */
	CONSTANT_ENERGY,

	/** The model p-value (F test) is above {@link Regression#MAX_MODEL_P_VALUE}. */
	MODEL_P_ABOVE_0_1,

	/** No predictor has a p-value below {@link Regression#PREDICTOR_P_VALUE_LIMIT}. */
	NO_PREDICTOR_P_BELOW_0_1,

	/** R² is below {@link Regression#MIN_R_SQUARED}. */
	R2_BELOW_0_5

}
