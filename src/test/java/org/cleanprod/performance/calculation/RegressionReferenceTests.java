package org.cleanprod.performance.calculation;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.math3.distribution.FDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.cleanprod.performance.calculation.RegressionDataSets.DataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The statistics of {@link Regression} equal an independent 50-digit computation
 * ({@link ReferenceRegression}) to 1e-9 relative on data sets of one, two, three and six
 * predictors. p-values are compared with Commons Math's t and F distributions evaluated
 * at the reference statistics.
 */
class RegressionReferenceTests {

	private static final double RELATIVE = 1e-9;

	static Stream<Arguments> dataSets() {
		return Stream.of(Arguments.of("food factory, production", RegressionDataSets.foodFactoryYear()),
				Arguments.of("textile mill, production and degree days", RegressionDataSets.textileMillTwoYears()),
				Arguments.of("boiler house, weak driver", RegressionDataSets.boilerHouseWeakDriver()),
				Arguments.of("produced and packed tonnes", RegressionDataSets.producedAndPackedTonnes()),
				Arguments.of("generated plant, three drivers", RegressionDataSets.generatedPlantThreeYears()),
				Arguments.of("Longley", RegressionDataSets.longley()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("dataSets")
	void statisticsEqualAFiftyDigitNormalEquationsSolution(String name, DataSet data) {
		RegressionModel model = Regression.fit(data.y(), data.predictors());
		ReferenceRegression.Result reference = ReferenceRegression.fit(data.y(), data.rows());

		assertRelative("intercept", model.intercept(), reference.beta()[0]);
		assertRelative("intercept standard error", model.interceptStandardError(), reference.standardErrors()[0]);
		List<String> names = model.predictors();
		for (int j = 0; j < names.size(); j++) {
			String predictor = names.get(j);
			assertRelative(predictor, model.coefficients().get(predictor), reference.beta()[j + 1]);
			assertRelative(predictor + " standard error", model.standardErrors().get(predictor),
					reference.standardErrors()[j + 1]);
		}
		assertRelative("R²", model.r2(), reference.r2());
		assertRelative("adjusted R²", model.adjustedR2(), reference.adjustedR2());
		assertRelative("F", model.fStatistic(), reference.f());
		assertRelative("residual standard error", model.residualStandardError(), reference.residualStandardError());
		assertRelative("CV(RMSE)", model.cvRmse(), reference.cvRmse());
		assertThat(model.observations()).isEqualTo(reference.n());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("dataSets")
	void pValuesEqualTheDistributionsAtTheReferenceStatistics(String name, DataSet data) {
		RegressionModel model = Regression.fit(data.y(), data.predictors());
		ReferenceRegression.Result reference = ReferenceRegression.fit(data.y(), data.rows());
		int df = reference.residualDegreesOfFreedom();
		TDistribution t = new TDistribution(df);

		assertPValue("model", model.modelPValue(),
				1 - new FDistribution(reference.k(), df).cumulativeProbability(reference.f().doubleValue()));
		assertPValue("intercept", model.interceptPValue(),
				2 * t.cumulativeProbability(-reference.t()[0].abs().doubleValue()));
		List<String> names = model.predictors();
		for (int j = 0; j < names.size(); j++) {
			assertPValue(names.get(j), model.predictorPValues().get(names.get(j)),
					2 * t.cumulativeProbability(-reference.t()[j + 1].abs().doubleValue()));
		}
	}

	@Test
	void longleyMatchesTheCertifiedValuesOfNist() {
		// NIST StRD Longley.dat certified values, 15 significant digits; this checks the
		// data
		// set was typed correctly as much as the fit.
		DataSet longley = RegressionDataSets.longley();
		RegressionModel model = Regression.fit(longley.y(), longley.predictors());

		assertThat(model.intercept()).isCloseTo(-3482258.63459582, within(3482258.63459582 * 1e-12));
		assertThat(model.coefficients().keySet()).containsExactly("gnpDeflator", "gnp", "unemployed", "armedForces",
				"population", "year");
		assertCertified(model.coefficients().get("gnpDeflator"), 15.0618722713733);
		assertCertified(model.coefficients().get("gnp"), -0.358191792925910E-01);
		assertCertified(model.coefficients().get("unemployed"), -2.02022980381683);
		assertCertified(model.coefficients().get("armedForces"), -1.03322686717359);
		assertCertified(model.coefficients().get("population"), -0.511041056535807E-01);
		assertCertified(model.coefficients().get("year"), 1829.15146461355);
		assertCertified(model.interceptStandardError(), 890420.383607373);
		assertCertified(model.standardErrors().get("gnpDeflator"), 84.9149257747669);
		assertCertified(model.standardErrors().get("year"), 455.478499142212);
		assertCertified(model.residualStandardError(), 304.854073561965);
		assertCertified(model.r2(), 0.995479004577296);
		assertCertified(model.fStatistic(), 330.285339234588);
	}

	private static void assertCertified(Double actual, double certified) {
		assertThat(actual).isCloseTo(certified, within(Math.abs(certified) * 1e-12));
	}

	private static void assertRelative(String what, Double actual, BigDecimal expected) {
		double reference = expected.doubleValue();
		assertThat(actual).as(what).isNotNull().isCloseTo(reference, within(Math.abs(reference) * RELATIVE));
	}

	/**
	 * p-values depend on the statistic more steeply than linearly in the tails, and the F
	 * distribution's 1 − cdf loses digits where the model computes the tail directly:
	 * equal to 1e-6 relative, or 1e-14 absolute for p-values too small to matter.
	 */
	private static void assertPValue(String what, Double actual, double expected) {
		assertThat(actual).as(what + " p-value").isNotNull();
		assertThat(actual).as(what + " p-value")
			.isCloseTo(expected, within(Math.max(Math.abs(expected) * 1e-6, 1e-14)));
	}

}
