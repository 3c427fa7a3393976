package org.cleanprod.performance.calculation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

import org.cleanprod.performance.calculation.RegressionDataSets.DataSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** Validity rules, degenerate input and the shape of the model. */
class RegressionTests {

	@Test
	void aStrongProductionDriverGivesAValidModel() {
		DataSet data = RegressionDataSets.foodFactoryYear();

		RegressionModel model = Regression.fit(data.y(), data.predictors());

		assertThat(model.valid()).isTrue();
		assertThat(model.reasons()).isEmpty();
		assertThat(model.r2()).isGreaterThan(0.99);
	}

	@Test
	void matchesAnIndependentStatisticsPackage() {
		// SciPy 1.17 scipy.stats.linregress on the same data: slope 0.5625202520252023,
		// intercept 469.4489138913891, stderr 0.26265189795324057, intercept_stderr
		// 41.49165716446469, pvalue 0.05786936538064114, rvalue 0.5607596430217711.
		DataSet data = RegressionDataSets.boilerHouseModerateDriver();

		RegressionModel model = Regression.fit(data.y(), data.predictors());

		assertThat(model.coefficients().get("production")).isCloseTo(0.5625202520252023, within(1e-12));
		assertThat(model.intercept()).isCloseTo(469.4489138913891, within(1e-9));
		assertThat(model.standardErrors().get("production")).isCloseTo(0.26265189795324057, within(1e-12));
		assertThat(model.interceptStandardError()).isCloseTo(41.49165716446469, within(1e-9));
		assertThat(model.predictorPValues().get("production")).isCloseTo(0.05786936538064114, within(1e-12));
		assertThat(model.modelPValue()).isCloseTo(0.05786936538064114, within(1e-12));
		assertThat(model.r2()).isCloseTo(0.5607596430217711 * 0.5607596430217711, within(1e-12));
	}

	@Test
	void aModelWithRSquaredBelowHalfIsInvalid() {
		// R² ≈ 0.31 while the model and its predictor are significant at p ≈ 0.058.
		DataSet data = RegressionDataSets.boilerHouseModerateDriver();

		RegressionModel model = Regression.fit(data.y(), data.predictors());

		assertThat(model.modelPValue()).isLessThan(0.1);
		assertThat(model.valid()).isFalse();
		assertThat(model.reasons()).containsExactly(ModelReason.R2_BELOW_0_5);
	}

	@Test
	void aWeakDriverBreaksEveryRule() {
		DataSet data = RegressionDataSets.boilerHouseWeakDriver();

		RegressionModel model = Regression.fit(data.y(), data.predictors());

		assertThat(model.valid()).isFalse();
		assertThat(model.reasons()).containsExactly(ModelReason.MODEL_P_ABOVE_0_1, ModelReason.NO_PREDICTOR_P_BELOW_0_1,
				ModelReason.R2_BELOW_0_5);
	}

	@Test
	void aSignificantModelWithoutASignificantPredictorIsInvalid() {
		DataSet data = RegressionDataSets.producedAndPackedTonnes();

		RegressionModel model = Regression.fit(data.y(), data.predictors());

		assertThat(model.modelPValue()).isLessThan(1e-6);
		assertThat(model.r2()).isGreaterThan(0.95);
		assertThat(model.reasons()).containsExactly(ModelReason.NO_PREDICTOR_P_BELOW_0_1);
	}

	@Test
	void oneSignificantPredictorIsEnoughWhenAnotherIsNot() {
		// Degree days explain the textile mill; an unrelated counter does not, yet the
		// model
		// stays valid.
		DataSet mill = RegressionDataSets.textileMillTwoYears();
		SequencedMap<String, double[]> predictors = new LinkedHashMap<>(mill.predictors());
		double[] unrelated = new double[mill.y().length];
		for (int i = 0; i < unrelated.length; i++) {
			unrelated[i] = (i * 7) % 5;
		}
		predictors.put("visitors", unrelated);

		RegressionModel model = Regression.fit(mill.y(), predictors);

		assertThat(model.predictorPValues().get("visitors")).isGreaterThan(0.1);
		assertThat(model.valid()).isTrue();
	}

	@Test
	void theRulesAcceptTheirBoundaryValues() {
		assertThat(Regression.validityReasons(0.1, List.of(0.0999999999), 0.5)).isEmpty();
	}

	@Test
	void theRulesRejectValuesJustPastTheirBoundaries() {
		assertThat(Regression.validityReasons(0.1000000001, List.of(0.05), 0.6))
			.containsExactly(ModelReason.MODEL_P_ABOVE_0_1);
		assertThat(Regression.validityReasons(0.05, List.of(0.1, 0.3), 0.6))
			.containsExactly(ModelReason.NO_PREDICTOR_P_BELOW_0_1);
		assertThat(Regression.validityReasons(0.05, List.of(0.05), 0.4999999999))
			.containsExactly(ModelReason.R2_BELOW_0_5);
	}

	@Test
	void missingStatisticsFailTheirRules() {
		assertThat(Regression.validityReasons(null, Arrays.asList(null, null), null)).containsExactly(
				ModelReason.MODEL_P_ABOVE_0_1, ModelReason.NO_PREDICTOR_P_BELOW_0_1, ModelReason.R2_BELOW_0_5);
	}

	@Test
	void fewerThanKPlusTwoObservationsGiveAnInvalidModelWithoutStatistics() {
		// Two predictors need four months: three leave no degree of freedom for the
		// error.
		RegressionModel model = Regression.fit(new double[] { 10, 12, 15 },
				predictors("production", new double[] { 1, 2, 3 }, "degreeDays", new double[] { 5, 3, 8 }));

		assertThat(model.valid()).isFalse();
		assertThat(model.reasons()).containsExactly(ModelReason.TOO_FEW_OBSERVATIONS);
		assertUnfitted(model, "production", "degreeDays");
	}

	@Test
	void kPlusTwoObservationsAreEnoughToFit() {
		RegressionModel model = Regression.fit(new double[] { 10, 12, 15, 13 },
				predictors("production", new double[] { 1, 2, 3, 4 }, "degreeDays", new double[] { 5, 3, 8, 1 }));

		assertThat(model.fitted()).isTrue();
		assertThat(model.reasons()).doesNotContain(ModelReason.TOO_FEW_OBSERVATIONS);
		assertThat(model.predictorPValues().values()).doesNotContainNull();
	}

	@Test
	void aConstantPredictorGivesAnInvalidModel() {
		RegressionModel model = Regression.fit(new double[] { 10, 12, 15, 13, 11 },
				predictors("production", new double[] { 1, 2, 3, 4, 5 }, "shifts", new double[] { 2, 2, 2, 2, 2 }));

		assertThat(model.reasons()).containsExactly(ModelReason.CONSTANT_PREDICTOR);
		assertUnfitted(model, "production", "shifts");
	}

	@Test
	void perfectlyCollinearPredictorsGiveAnInvalidModel() {
		// Production entered twice, once in tonnes and once in kilograms plus a tare.
		RegressionModel model = Regression.fit(new double[] { 10, 12, 15, 13, 11, 17 },
				predictors("tonnes", new double[] { 1.1, 2.3, 3.7, 2.9, 1.6, 4.2 }, "kilograms",
						new double[] { 1150, 2350, 3750, 2950, 1650, 4250 }));

		assertThat(model.reasons()).containsExactly(ModelReason.COLLINEAR_PREDICTORS);
		assertUnfitted(model, "tonnes", "kilograms");
	}

	@Test
	void aPredictorThatIsTheSumOfOthersIsCollinear() {
		double[] day = { 0.1, 0.7, 0.3, 0.9, 0.2, 0.6, 0.4 };
		double[] night = { 0.2, 0.1, 0.5, 0.3, 0.7, 0.2, 0.6 };
		double[] total = new double[day.length];
		for (int i = 0; i < day.length; i++) {
			total[i] = day[i] + night[i];
		}

		RegressionModel model = Regression.fit(new double[] { 3, 5, 6, 8, 6, 5, 7 },
				predictors("day", day, "night", night, "total", total));

		assertThat(model.reasons()).containsExactly(ModelReason.COLLINEAR_PREDICTORS);
	}

	@Test
	void constantEnergyGivesAnInvalidModel() {
		RegressionModel model = Regression.fit(new double[] { 100, 100, 100, 100 },
				predictors("production", new double[] { 1, 2, 3, 4 }));

		assertThat(model.reasons()).containsExactly(ModelReason.CONSTANT_ENERGY);
		assertUnfitted(model, "production");
	}

	@Test
	void noPredictorGivesAnInvalidModel() {
		RegressionModel model = Regression.fit(new double[] { 100, 120, 90 }, new LinkedHashMap<>());

		assertThat(model.reasons()).containsExactly(ModelReason.NO_PREDICTORS);
		assertThat(model.coefficients()).isEmpty();
	}

	@Test
	void noObservationsGiveAnInvalidModel() {
		RegressionModel model = Regression.fit(new double[0], predictors("production", new double[0]));

		assertThat(model.reasons()).containsExactly(ModelReason.TOO_FEW_OBSERVATIONS);
	}

	@Test
	void anExactFitHasRSquaredOneAndPValuesZeroWithoutNaN() {
		double[] production = { 100, 120, 90, 130, 110, 105 };
		double[] energy = new double[production.length];
		for (int i = 0; i < production.length; i++) {
			energy[i] = 500 + 2 * production[i];
		}

		RegressionModel model = Regression.fit(energy, predictors("production", production));

		assertThat(model.valid()).isTrue();
		assertThat(model.r2()).isCloseTo(1.0, within(1e-12));
		assertThat(model.intercept()).isCloseTo(500.0, within(1e-9));
		assertThat(model.coefficients().get("production")).isCloseTo(2.0, within(1e-12));
		assertThat(model.modelPValue()).isCloseTo(0.0, within(1e-12));
		assertThat(model.predictorPValues().get("production")).isCloseTo(0.0, within(1e-12));
		assertThat(model.cvRmse()).isCloseTo(0.0, within(1e-12));
	}

	@Test
	void zeroMeanEnergyLeavesCvRmseUndefined() {
		RegressionModel model = Regression.fit(new double[] { -3, 1, -1, 4, -2, 1 },
				predictors("production", new double[] { 1, 2, 3, 4, 5, 6 }));

		assertThat(model.fitted()).isTrue();
		assertThat(model.cvRmse()).isNull();
	}

	@Test
	void refusesColumnsOfDifferentLengthsAsAProgrammingError() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Regression.fit(new double[] { 1, 2, 3 }, predictors("production", new double[] { 1, 2 })))
			.withMessageContaining("production");
		assertThatIllegalArgumentException().isThrownBy(() -> Regression.fit(new double[] { 1, Double.NaN, 3 },
				predictors("production", new double[] { 1, 2, 3 })));
	}

	@Test
	void theModelSerialisesToTheCalculatorJsonWithNullsInsteadOfNaN() {
		JsonMapper json = JsonMapper.builder().build();
		DataSet data = RegressionDataSets.textileMillTwoYears();

		String fitted = json.writeValueAsString(Regression.fit(data.y(), data.predictors()));
		String unfitted = json.writeValueAsString(Regression.fit(new double[] { 1, 2 },
				predictors("production", new double[] { 1, 2 }, "degreeDays", new double[] { 3, 4 })));

		assertThat(json.readTree(fitted).propertyNames()).containsExactly("intercept", "coefficients", "r2",
				"adjustedR2", "modelPValue", "predictorPValues", "cvRmse", "valid", "reasons", "observations",
				"interceptStandardError", "interceptPValue", "standardErrors", "fStatistic", "residualStandardError");
		assertThat(fitted).contains("\"coefficients\":{\"production\":").contains("\"valid\":true");
		assertThat(unfitted).doesNotContain("NaN", "Infinity")
			.contains("\"intercept\":null")
			.contains("\"coefficients\":{\"production\":null,\"degreeDays\":null}")
			.contains("\"reasons\":[\"TOO_FEW_OBSERVATIONS\"]");
	}

	private static void assertUnfitted(RegressionModel model, String... predictors) {
		assertThat(model.valid()).isFalse();
		assertThat(model.fitted()).isFalse();
		assertThat(model.intercept()).isNull();
		assertThat(model.r2()).isNull();
		assertThat(model.adjustedR2()).isNull();
		assertThat(model.modelPValue()).isNull();
		assertThat(model.cvRmse()).isNull();
		assertThat(model.fStatistic()).isNull();
		assertThat(model.coefficients()).containsOnlyKeys(predictors).containsValue(null);
		assertThat(model.predictorPValues()).containsOnlyKeys(predictors);
	}

	private static SequencedMap<String, double[]> predictors(Object... namesAndValues) {
		SequencedMap<String, double[]> predictors = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			predictors.put((String) namesAndValues[i], (double[]) namesAndValues[i + 1]);
		}
		return predictors;
	}

}
