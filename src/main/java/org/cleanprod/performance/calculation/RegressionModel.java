package org.cleanprod.performance.calculation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fitted (or unfittable) linear model of monthly energy, shaped for the calculator API:
 * the first nine components are the {@code model} object of
 * {@code POST /api/v1/calculators/normalised-savings}, the rest are the further
 * statistics of a regression report.
 *
 * <p>
 * Maps are keyed by predictor name in the order the predictors were given. A value that
 * does not exist is {@code null}, never NaN or infinite: all statistics are {@code null}
 * when the model could not be fitted ({@link #reasons()} says why), and a statistic is
 * {@code null} when its formula divides by zero (for instance {@code cvRmse} when mean
 * energy is zero, {@code fStatistic} for a perfect fit). See {@link Regression} for the
 * formulas.
 *
 * @param intercept b0, in the unit of energy
 * @param coefficients b1..bk per predictor, in energy per unit of the predictor
 * @param r2 coefficient of determination
 * @param adjustedR2 R² adjusted for the number of predictors
 * @param modelPValue p-value of the F test of the whole model
 * @param predictorPValues two-sided p-value of the t test of each coefficient
 * @param cvRmse coefficient of variation of the root mean squared error (ASHRAE Guideline
 * 14), as a fraction: 0.05 means 5 %
 * @param valid whether the model may be used to normalise savings
 * @param reasons why it may not (empty when valid)
 * @param observations number of months the model was fitted on
 * @param interceptStandardError standard error of b0
 * @param interceptPValue two-sided p-value of the t test of b0
 * @param standardErrors standard error of each coefficient
 * @param fStatistic F statistic of the model, with (k, n − k − 1) degrees of freedom
 * @param residualStandardError sqrt(SSE / (n − k − 1)), in the unit of energy
 */
public record RegressionModel(Double intercept, Map<String, Double> coefficients, Double r2, Double adjustedR2,
		Double modelPValue, Map<String, Double> predictorPValues, Double cvRmse, boolean valid,
		List<ModelReason> reasons, int observations, Double interceptStandardError, Double interceptPValue,
		Map<String, Double> standardErrors, Double fStatistic, Double residualStandardError) {

	public RegressionModel {
		coefficients = Collections.unmodifiableMap(new LinkedHashMap<>(coefficients));
		predictorPValues = Collections.unmodifiableMap(new LinkedHashMap<>(predictorPValues));
		standardErrors = Collections.unmodifiableMap(new LinkedHashMap<>(standardErrors));
		reasons = List.copyOf(reasons);
	}

	/** A model that could not be fitted: every statistic {@code null}, invalid. */
	static RegressionModel unfitted(List<String> predictors, int observations, List<ModelReason> reasons) {
		Map<String, Double> none = new LinkedHashMap<>();
		predictors.forEach((name) -> none.put(name, null));
		return new RegressionModel(null, none, null, null, null, none, null, false, reasons, observations, null, null,
				none, null, null);
	}

	/** Whether coefficients exist, so that the model can predict (valid or not). */
	boolean fitted() {
		return this.intercept != null;
	}

	/** The predictor names, in their order. */
	List<String> predictors() {
		return List.copyOf(this.coefficients.keySet());
	}

	/**
	 * Expected energy b0 + Σ bj·xj for the given predictor values.
	 * @throws IllegalStateException if the model was not fitted
	 * @throws IllegalArgumentException if a predictor of the model has no value
	 */
	double predict(Map<String, Double> predictorValues) {
		if (!fitted()) {
			throw new IllegalStateException("The model was not fitted: " + this.reasons);
		}
		double expected = this.intercept;
		for (Map.Entry<String, Double> coefficient : this.coefficients.entrySet()) {
			Double value = predictorValues.get(coefficient.getKey());
			if (value == null) {
				throw new IllegalArgumentException("No value for predictor " + coefficient.getKey());
			}
			expected += coefficient.getValue() * value;
		}
		return expected;
	}

}
