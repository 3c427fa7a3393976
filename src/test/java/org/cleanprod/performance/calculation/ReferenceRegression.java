package org.cleanprod.performance.calculation;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A deliberately plain least squares fit to check {@link Regression} against: the normal
 * equations (XᵀX)β = Xᵀy solved by Gauss–Jordan elimination with partial pivoting in
 * 50-digit decimal arithmetic, which also yields (XᵀX)⁻¹. It shares no code and no
 * algorithm with the production class (QR decomposition in double precision on centred
 * predictors); the inputs are taken as the exact binary values of the doubles. Forming
 * XᵀX squares the condition number, which 50 digits absorb for the data sets used here
 * (Longley's XᵀX has a condition number near 10²⁰, leaving about 30 correct digits).
 */
final class ReferenceRegression {

	static final MathContext DIGITS = new MathContext(50);

	private ReferenceRegression() {
	}

	/**
	 * @param beta intercept first, then the coefficients
	 * @param standardErrors in the order of {@code beta}
	 * @param t the t statistics, in the order of {@code beta}
	 */
	record Result(BigDecimal[] beta, BigDecimal[] standardErrors, BigDecimal[] t, BigDecimal sse, BigDecimal sst,
			BigDecimal r2, BigDecimal adjustedR2, BigDecimal f, BigDecimal residualStandardError, BigDecimal cvRmse,
			int n, int k) {

		int residualDegreesOfFreedom() {
			return this.n - this.k - 1;
		}

	}

	/**
	 * @param x one row per observation, one column per predictor, without the constant
	 */
	static Result fit(double[] y, double[][] x) {
		int n = y.length;
		int k = x[0].length;
		int p = k + 1;
		BigDecimal[][] design = new BigDecimal[n][p];
		BigDecimal[] response = new BigDecimal[n];
		for (int i = 0; i < n; i++) {
			design[i][0] = BigDecimal.ONE;
			for (int j = 0; j < k; j++) {
				design[i][j + 1] = new BigDecimal(x[i][j]);
			}
			response[i] = new BigDecimal(y[i]);
		}

		// Augmented matrix [XᵀX | Xᵀy | I], reduced to [I | β | (XᵀX)⁻¹].
		int width = p + 1 + p;
		BigDecimal[][] a = new BigDecimal[p][width];
		for (int r = 0; r < p; r++) {
			for (int c = 0; c < p; c++) {
				BigDecimal sum = BigDecimal.ZERO;
				for (int i = 0; i < n; i++) {
					sum = sum.add(design[i][r].multiply(design[i][c], DIGITS), DIGITS);
				}
				a[r][c] = sum;
			}
			BigDecimal sum = BigDecimal.ZERO;
			for (int i = 0; i < n; i++) {
				sum = sum.add(design[i][r].multiply(response[i], DIGITS), DIGITS);
			}
			a[r][p] = sum;
			for (int c = 0; c < p; c++) {
				a[r][p + 1 + c] = (r == c) ? BigDecimal.ONE : BigDecimal.ZERO;
			}
		}
		for (int col = 0; col < p; col++) {
			int pivot = col;
			for (int r = col + 1; r < p; r++) {
				if (a[r][col].abs().compareTo(a[pivot][col].abs()) > 0) {
					pivot = r;
				}
			}
			BigDecimal[] swap = a[col];
			a[col] = a[pivot];
			a[pivot] = swap;
			BigDecimal divisor = a[col][col];
			if (divisor.signum() == 0) {
				throw new ArithmeticException("Singular normal equations");
			}
			for (int c = 0; c < width; c++) {
				a[col][c] = a[col][c].divide(divisor, DIGITS);
			}
			for (int r = 0; r < p; r++) {
				if (r != col && a[r][col].signum() != 0) {
					BigDecimal factor = a[r][col];
					for (int c = 0; c < width; c++) {
						a[r][c] = a[r][c].subtract(factor.multiply(a[col][c], DIGITS), DIGITS);
					}
				}
			}
		}
		BigDecimal[] beta = new BigDecimal[p];
		for (int r = 0; r < p; r++) {
			beta[r] = a[r][p];
		}

		BigDecimal meanY = BigDecimal.ZERO;
		for (BigDecimal value : response) {
			meanY = meanY.add(value, DIGITS);
		}
		meanY = meanY.divide(BigDecimal.valueOf(n), DIGITS);
		BigDecimal sse = BigDecimal.ZERO;
		BigDecimal sst = BigDecimal.ZERO;
		for (int i = 0; i < n; i++) {
			BigDecimal fitted = BigDecimal.ZERO;
			for (int j = 0; j < p; j++) {
				fitted = fitted.add(design[i][j].multiply(beta[j], DIGITS), DIGITS);
			}
			BigDecimal residual = response[i].subtract(fitted, DIGITS);
			sse = sse.add(residual.multiply(residual, DIGITS), DIGITS);
			BigDecimal deviation = response[i].subtract(meanY, DIGITS);
			sst = sst.add(deviation.multiply(deviation, DIGITS), DIGITS);
		}

		BigDecimal residualDf = BigDecimal.valueOf(n - p);
		BigDecimal errorVariance = sse.divide(residualDf, DIGITS);
		BigDecimal r2 = BigDecimal.ONE.subtract(sse.divide(sst, DIGITS), DIGITS);
		BigDecimal adjustedR2 = BigDecimal.ONE
			.subtract(errorVariance.divide(sst.divide(BigDecimal.valueOf(n - 1), DIGITS), DIGITS), DIGITS);
		BigDecimal f = sst.subtract(sse, DIGITS).divide(BigDecimal.valueOf(k), DIGITS).divide(errorVariance, DIGITS);
		BigDecimal residualStandardError = errorVariance.sqrt(DIGITS);
		BigDecimal cvRmse = residualStandardError.divide(meanY, DIGITS);
		BigDecimal[] standardErrors = new BigDecimal[p];
		BigDecimal[] t = new BigDecimal[p];
		for (int j = 0; j < p; j++) {
			standardErrors[j] = errorVariance.multiply(a[j][p + 1 + j], DIGITS).sqrt(DIGITS);
			t[j] = beta[j].divide(standardErrors[j], DIGITS);
		}
		return new Result(beta, standardErrors, t, sse, sst, r2, adjustedR2, f, residualStandardError, cvRmse, n, k);
	}

}
