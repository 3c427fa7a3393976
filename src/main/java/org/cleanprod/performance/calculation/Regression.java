package org.cleanprod.performance.calculation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Ordinary least squares with an intercept, energy = b0 + b1·x1 + … + bk·xk, over n
 * monthly observations and k predictors (production, degree days, …), with the statistics
 * reported for a regression energy baseline (ISO 50006:2014, energy baselines and EnPIs)
 * and the programme's validity rules.
 *
 * <p>
 * With p = k + 1 parameters, residuals e = y − ŷ, SSE = Σe², SST = Σ(y − ȳ)² (textbook
 * formulas, e.g. Montgomery, Peck and Vining, <i>Introduction to Linear Regression
 * Analysis</i>, ch. 3):
 * <ul>
 * <li>R² = 1 − SSE/SST; adjusted R² = 1 − (SSE/(n − p)) / (SST/(n − 1));</li>
 * <li>F = ((SST − SSE)/k) / (SSE/(n − p)); model p-value = P(F(k, n − p) &gt; F),
 * computed as the regularised incomplete beta I<sub>(n−p)/(n−p+kF)</sub>((n − p)/2, k/2)
 * so that small p-values keep their precision;</li>
 * <li>σ̂² = SSE/(n − p), the residual standard error is σ̂; se(bj) =
 * σ̂·sqrt([(XᵀX)⁻¹]jj); tj = bj/se(bj); p-value = 2·P(T(n − p) &lt; −|tj|);</li>
 * <li>CV(RMSE) = sqrt(SSE/(n − p)) / ȳ, the convention of ASHRAE Guideline 14-2014 (n − p
 * in the denominator, p counting the intercept), returned as a fraction, not a
 * percentage; {@code null} when ȳ ≤ 0.</li>
 * </ul>
 *
 * <p>
 * The least squares solution and the standard errors are Commons Math's
 * {@link OLSMultipleLinearRegression} (Householder QR decomposition of the design matrix,
 * never the normal equations). On Longley's ill-conditioned data set it agrees with a
 * 50-digit solution of the normal equations to about 1e-13 relative (see the tests).
 *
 * <p>
 * Validity: the thresholds are the programme's (its requirements for savings against the
 * baseline: model p ≤ 0.1, a predictor p &lt; 0.1, R² ≥ 0.5). ISO 50006 asks that a model
 * used to normalise energy be statistically valid without fixing numbers; these match the
 * valid-model requirements of the US DOE EnPI tool (Superior Energy Performance).
 * CV(RMSE) is reported for judgement but is not a rule: ASHRAE Guideline 14 sets its
 * limits per application.
 *
 * <p>
 * Degenerate input never throws: too few observations, no predictor, a constant
 * predictor, collinear predictors or constant energy give an unfitted model whose
 * {@link RegressionModel#reasons()} say why.
 */
final class Regression {

	/**
	 * The model p-value must be at most this. Source: the programme's rules; the US DOE
	 * EnPI tool uses the same level, strictly below.
	 */
	static final double MAX_MODEL_P_VALUE = 0.1;

	/**
	 * At least one predictor must have a p-value strictly below this. Source: the
	 * programme's rules, as in the US DOE EnPI tool. The DOE tool further requires every
	 * predictor below 0.2; the programme does not.
	 */
	static final double PREDICTOR_P_VALUE_LIMIT = 0.1;

	/**
	 * R² must be at least this. Source: the programme's rules, as in the US DOE EnPI
	 * tool.
	 */
	static final double MIN_R_SQUARED = 0.5;

	/**
	 * Relative tolerance below which a centred, unit-length predictor is taken as a
	 * linear combination of the others: the diagonal of R in its QR decomposition is the
	 * length of the part of the predictor the others (and the constant) do not explain,
	 * and rounding leaves about 1e-15 of it when the dependence is exact.
	 */
	static final double COLLINEARITY_TOLERANCE = 1e-9;

	private Regression() {
	}

	/**
	 * Fits energy on the predictors.
	 * @param energy the dependent values, one per month
	 * @param predictors each predictor's values (same length as {@code energy}) by name,
	 * in the order the results should keep
	 * @return the model, fitted or with the reasons it could not be
	 * @throws IllegalArgumentException if lengths differ or a value is not finite
	 */
	static RegressionModel fit(double[] energy, SequencedMap<String, double[]> predictors) {
		List<String> names = List.copyOf(predictors.keySet());
		int n = energy.length;
		int k = names.size();
		requireFinite("energy", energy);
		double[][] columns = new double[k][];
		for (int j = 0; j < k; j++) {
			columns[j] = predictors.get(names.get(j));
			if (columns[j].length != n) {
				throw new IllegalArgumentException(
						"Predictor " + names.get(j) + " has " + columns[j].length + " values for " + n + " months");
			}
			requireFinite(names.get(j), columns[j]);
		}
		List<ModelReason> degenerate = degeneracies(energy, columns);
		if (!degenerate.isEmpty()) {
			return RegressionModel.unfitted(names, n, degenerate);
		}
		try {
			return estimate(names, energy, columns);
		}
		catch (SingularMatrixException ex) {
			return RegressionModel.unfitted(names, n, List.of(ModelReason.COLLINEAR_PREDICTORS));
		}
	}

	/**
	 * The validity rules of the programme: model p-value ≤ {@value #MAX_MODEL_P_VALUE},
	 * at least one predictor p-value &lt; {@value #PREDICTOR_P_VALUE_LIMIT}, R² ≥
	 * {@value #MIN_R_SQUARED}. A missing value fails its rule.
	 * @return the rules broken, empty when the model is valid
	 */
	static List<ModelReason> validityReasons(Double modelPValue, Collection<Double> predictorPValues, Double r2) {
		List<ModelReason> reasons = new ArrayList<>();
		if (modelPValue == null || modelPValue > MAX_MODEL_P_VALUE) {
			reasons.add(ModelReason.MODEL_P_ABOVE_0_1);
		}
		if (predictorPValues.stream().noneMatch((p) -> p != null && p < PREDICTOR_P_VALUE_LIMIT)) {
			reasons.add(ModelReason.NO_PREDICTOR_P_BELOW_0_1);
		}
		if (r2 == null || r2 < MIN_R_SQUARED) {
			reasons.add(ModelReason.R2_BELOW_0_5);
		}
		return reasons;
	}

	private static List<ModelReason> degeneracies(double[] energy, double[][] columns) {
		int n = energy.length;
		int k = columns.length;
		if (k == 0) {
			return List.of(ModelReason.NO_PREDICTORS);
		}
		if (n < k + 2) {
			return List.of(ModelReason.TOO_FEW_OBSERVATIONS);
		}
		List<ModelReason> reasons = new ArrayList<>();
		boolean anyConstant = false;
		for (double[] column : columns) {
			anyConstant |= constant(column);
		}
		if (anyConstant) {
			reasons.add(ModelReason.CONSTANT_PREDICTOR);
		}
		else if (!fullRank(columns)) {
			reasons.add(ModelReason.COLLINEAR_PREDICTORS);
		}
		if (constant(energy)) {
			reasons.add(ModelReason.CONSTANT_ENERGY);
		}
		return reasons;
	}

	private static RegressionModel estimate(List<String> names, double[] energy, double[][] columns) {
		int n = energy.length;
		int k = names.size();
		int residualDf = n - k - 1;
		double[][] rows = new double[n][k];
		for (int j = 0; j < k; j++) {
			for (int i = 0; i < n; i++) {
				rows[i][j] = columns[j][i];
			}
		}
		OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
		ols.newSampleData(energy, rows);
		double[] beta = ols.estimateRegressionParameters();
		double[] standardErrors = ols.estimateRegressionParametersStandardErrors();
		double sse = ols.calculateResidualSumOfSquares();
		double sst = ols.calculateTotalSumOfSquares();

		TDistribution t = new TDistribution(residualDf);
		Map<String, Double> coefficients = new LinkedHashMap<>();
		Map<String, Double> errors = new LinkedHashMap<>();
		Map<String, Double> pValues = new LinkedHashMap<>();
		for (int j = 0; j < k; j++) {
			coefficients.put(names.get(j), finite(beta[j + 1]));
			errors.put(names.get(j), finite(standardErrors[j + 1]));
			pValues.put(names.get(j), twoSidedPValue(t, beta[j + 1], standardErrors[j + 1]));
		}

		double r2 = ols.calculateRSquared();
		double adjustedR2 = ols.calculateAdjustedRSquared();
		double residualStandardError = ols.estimateRegressionStandardError();
		double f = ((sst - sse) / k) / (sse / residualDf);
		Double modelPValue = upperTailF(f, k, residualDf);
		double meanEnergy = mean(energy);
		Double cvRmse = (meanEnergy > 0) ? finite(residualStandardError / meanEnergy) : null;

		List<ModelReason> reasons = validityReasons(modelPValue, pValues.values(), finite(r2));
		return new RegressionModel(finite(beta[0]), coefficients, finite(r2), finite(adjustedR2), modelPValue, pValues,
				cvRmse, reasons.isEmpty(), reasons, n, finite(standardErrors[0]),
				twoSidedPValue(t, beta[0], standardErrors[0]), errors, finite(f), finite(residualStandardError));
	}

	/**
	 * 2·P(T &lt; −|b/se|); 0 when se is 0 and b is not (a perfect fit), null when
	 * undefined.
	 */
	private static Double twoSidedPValue(TDistribution t, double coefficient, double standardError) {
		double statistic = coefficient / standardError;
		if (Double.isNaN(statistic)) {
			return null;
		}
		if (Double.isInfinite(statistic)) {
			return 0.0;
		}
		return finite(2 * t.cumulativeProbability(-Math.abs(statistic)));
	}

	/** P(F(d1, d2) &gt; f) = I<sub>d2/(d2 + d1·f)</sub>(d2/2, d1/2). */
	private static Double upperTailF(double f, int d1, int d2) {
		if (Double.isNaN(f)) {
			return null;
		}
		if (Double.isInfinite(f)) {
			return 0.0;
		}
		return finite(Beta.regularizedBeta(d2 / (d2 + d1 * f), d2 / 2.0, d1 / 2.0));
	}

	private static boolean fullRank(double[][] columns) {
		int n = columns[0].length;
		int k = columns.length;
		double[][] scaled = new double[n][k];
		for (int j = 0; j < k; j++) {
			double mean = mean(columns[j]);
			double length = 0;
			for (int i = 0; i < n; i++) {
				scaled[i][j] = columns[j][i] - mean;
				length += scaled[i][j] * scaled[i][j];
			}
			length = Math.sqrt(length);
			for (int i = 0; i < n; i++) {
				scaled[i][j] /= length;
			}
		}
		return new QRDecomposition(new Array2DRowRealMatrix(scaled, false), COLLINEARITY_TOLERANCE).getSolver()
			.isNonSingular();
	}

	private static boolean constant(double[] values) {
		for (double value : values) {
			if (value != values[0]) {
				return false;
			}
		}
		return true;
	}

	private static double mean(double[] values) {
		double sum = 0;
		for (double value : values) {
			sum += value;
		}
		return sum / values.length;
	}

	private static void requireFinite(String name, double[] values) {
		for (double value : values) {
			if (!Double.isFinite(value)) {
				throw new IllegalArgumentException(name + " has a value that is not a finite number: " + value);
			}
		}
	}

	private static Double finite(double value) {
		return Double.isFinite(value) ? value : null;
	}

}
