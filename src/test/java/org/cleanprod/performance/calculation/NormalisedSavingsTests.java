package org.cleanprod.performance.calculation;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cleanprod.performance.calculation.RegressionDataSets.DataSet;
import org.cleanprod.performance.calculation.SavingsInputException.Code;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

class NormalisedSavingsTests {

	private static final YearMonth JANUARY_2019 = YearMonth.of(2019, 1);

	private static final YearMonth JANUARY_2020 = YearMonth.of(2020, 1);

	@Test
	void savingsAreTheGapBetweenTheBaselineModelAndActualUse() {
		// Baseline 2019: production 100, 110, …, 210 t and energy exactly 500 + 2 ×
		// production
		// (700, 720, …, 920 MWh), so the model is energy = 500 + 2 × production with R² =
		// 1.
		// Reporting 2020-01..03: production 120, 150, 180 t
		// expected = (500 + 240) + (500 + 300) + (500 + 360) = 740 + 800 + 860 = 2400 MWh
		// actual = 10 % less each month = 666 + 720 + 774 = 2160 MWh
		// savings = 2400 − 2160 = 240 MWh; savings percent = 240 / 2400 × 100 = 10 %.
		List<MonthlyObservation> baseline = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			double production = 100 + 10 * i;
			baseline.add(month(JANUARY_2019.plusMonths(i), 500 + 2 * production, production));
		}
		List<MonthlyObservation> reporting = List.of(month(JANUARY_2020, 666, 120),
				month(JANUARY_2020.plusMonths(1), 720, 150), month(JANUARY_2020.plusMonths(2), 774, 180));

		NormalisedSavingsResult result = NormalisedSavings.calculate(baseline, reporting);

		assertThat(result.model().valid()).isTrue();
		assertThat(result.model().r2()).isCloseTo(1.0, within(1e-12));
		assertThat(result.model().intercept()).isCloseTo(500.0, within(1e-9));
		assertThat(result.model().coefficients().get("production")).isCloseTo(2.0, within(1e-12));
		assertThat(result.expected()).isCloseTo(2400.0, within(1e-9));
		assertThat(result.actual()).isEqualTo(2160.0);
		assertThat(result.savings()).isCloseTo(240.0, within(1e-9));
		assertThat(result.savingsPercent()).isCloseTo(10.0, within(1e-10));
		assertThat(result.months()).extracting(MonthlySavings::expected)
			.satisfiesExactly((e) -> assertThat(e).isCloseTo(740.0, within(1e-9)),
					(e) -> assertThat(e).isCloseTo(800.0, within(1e-9)),
					(e) -> assertThat(e).isCloseTo(860.0, within(1e-9)));
		assertThat(result.months()).extracting(MonthlySavings::savings)
			.satisfiesExactly((s) -> assertThat(s).isCloseTo(74.0, within(1e-9)),
					(s) -> assertThat(s).isCloseTo(80.0, within(1e-9)),
					(s) -> assertThat(s).isCloseTo(86.0, within(1e-9)));
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void aSmallBaselineWorkedByHand() {
		// Baseline x = production 1, 2, 3, 4; y = energy 3, 5, 4, 8.
		// x̄ = 2.5, ȳ = 5, Sxx = 5, Sxy = 3 + 0 − 0.5 + 4.5 = 7 → b1 = 7/5 = 1.4, b0 = 5
		// − 1.4·2.5 = 1.5
		// ŷ = 2.9, 4.3, 5.7, 7.1; e = 0.1, 0.7, −1.7, 0.9; SSE = 0.01 + 0.49 + 2.89 +
		// 0.81 = 4.2
		// SST = 4 + 0 + 1 + 9 = 14; R² = 1 − 4.2/14 = 0.7; adj R² = 1 − (4.2/2)/(14/3) =
		// 0.55
		// σ̂² = 4.2/2 = 2.1; F = (14 − 4.2)/2.1 = 14/3; se(b1) = √(2.1/5) = √0.42
		// With 2 degrees of freedom P(|T| < t) = t/√(t² + 2), and t² = F, so
		// p = 1 − √(F/(F + 2)) = 1 − √0.7 ≈ 0.1633 > 0.1: the model fails both p-value
		// rules.
		// CV(RMSE) = √2.1 / 5.
		// Reporting: x = 5 → expected 1.5 + 7 = 8.5, actual 8, savings 0.5 = 5.88 %.
		List<MonthlyObservation> baseline = List.of(month(JANUARY_2019, 3, 1), month(JANUARY_2019.plusMonths(1), 5, 2),
				month(JANUARY_2019.plusMonths(2), 4, 3), month(JANUARY_2019.plusMonths(3), 8, 4));

		NormalisedSavingsResult result = NormalisedSavings.calculate(baseline, List.of(month(JANUARY_2020, 8, 5)));

		RegressionModel model = result.model();
		assertThat(model.intercept()).isCloseTo(1.5, within(1e-12));
		assertThat(model.coefficients().get("production")).isCloseTo(1.4, within(1e-12));
		assertThat(model.r2()).isCloseTo(0.7, within(1e-12));
		assertThat(model.adjustedR2()).isCloseTo(0.55, within(1e-12));
		assertThat(model.fStatistic()).isCloseTo(14.0 / 3, within(1e-12));
		assertThat(model.standardErrors().get("production")).isCloseTo(Math.sqrt(0.42), within(1e-12));
		assertThat(model.residualStandardError()).isCloseTo(Math.sqrt(2.1), within(1e-12));
		assertThat(model.cvRmse()).isCloseTo(Math.sqrt(2.1) / 5, within(1e-12));
		assertThat(model.modelPValue()).isCloseTo(1 - Math.sqrt(0.7), within(1e-12));
		assertThat(model.predictorPValues().get("production")).isCloseTo(1 - Math.sqrt(0.7), within(1e-12));
		assertThat(model.reasons()).containsExactly(ModelReason.MODEL_P_ABOVE_0_1,
				ModelReason.NO_PREDICTOR_P_BELOW_0_1);
		assertThat(result.expected()).isCloseTo(8.5, within(1e-12));
		assertThat(result.savings()).isCloseTo(0.5, within(1e-12));
		assertThat(result.savingsPercent()).isCloseTo(0.5 / 8.5 * 100, within(1e-10));
	}

	@Test
	void expectedEnergyWithTwoPredictorsFollowsTheReferenceModel() {
		// The textile mill's two years as the baseline; three months of 2021 reported.
		DataSet mill = RegressionDataSets.textileMillTwoYears();
		List<MonthlyObservation> baseline = new ArrayList<>();
		for (int i = 0; i < mill.y().length; i++) {
			baseline.add(new MonthlyObservation(JANUARY_2019.plusMonths(i), mill.y()[i],
					predictors(mill.rows()[i][0], mill.rows()[i][1])));
		}
		double[][] drivers = { { 1480, 3 }, { 1700, 120 }, { 1650, 80 } };
		double[] used = { 2380, 2800, 2690 };
		List<MonthlyObservation> reporting = new ArrayList<>();
		for (int i = 0; i < drivers.length; i++) {
			reporting.add(new MonthlyObservation(YearMonth.of(2021, 3 + i), used[i],
					predictors(drivers[i][0], drivers[i][1])));
		}

		NormalisedSavingsResult result = NormalisedSavings.calculate(baseline, reporting);

		BigDecimal[] beta = ReferenceRegression.fit(mill.y(), mill.rows()).beta();
		double expected = 0;
		for (double[] row : drivers) {
			expected += beta[0].doubleValue() + beta[1].doubleValue() * row[0] + beta[2].doubleValue() * row[1];
		}
		assertThat(result.model().valid()).isTrue();
		assertThat(result.expected()).isCloseTo(expected, within(expected * 1e-9));
		assertThat(result.actual()).isEqualTo(2380 + 2800 + 2690);
		assertThat(result.savings()).isCloseTo(expected - 7870, within(expected * 1e-9));
		assertThat(result.savingsPercent()).isCloseTo((expected - 7870) / expected * 100, within(1e-7));
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void warnsWhenAReportingPredictorLiesOutsideTheBaselineRange() {
		// Baseline production spans [100, 210]: 210 is inside, 95 and 220 are not.
		List<MonthlyObservation> reporting = List.of(month(JANUARY_2020, 800, 210),
				month(JANUARY_2020.plusMonths(1), 650, 95), month(JANUARY_2020.plusMonths(2), 900, 220));

		NormalisedSavingsResult result = NormalisedSavings.calculate(exactBaseline(), reporting);

		assertThat(result.warnings()).containsExactly(
				new SavingsWarning(SavingsWarning.Code.PREDICTOR_OUTSIDE_BASELINE_RANGE, "production",
						JANUARY_2020.plusMonths(1), 95, 100, 210),
				new SavingsWarning(SavingsWarning.Code.PREDICTOR_OUTSIDE_BASELINE_RANGE, "production",
						JANUARY_2020.plusMonths(2), 220, 100, 210));
		assertThat(result.expected()).isNotNull();
	}

	@Test
	void aBaselineTooShortToFitStillReportsActualUseWithoutSavings() {
		NormalisedSavingsResult result = NormalisedSavings.calculate(
				List.of(month(JANUARY_2019, 700, 100), month(JANUARY_2019.plusMonths(1), 720, 110)),
				List.of(month(JANUARY_2020, 690, 105)));

		assertThat(result.model().valid()).isFalse();
		assertThat(result.model().reasons()).containsExactly(ModelReason.TOO_FEW_OBSERVATIONS);
		assertThat(result.actual()).isEqualTo(690.0);
		assertThat(result.expected()).isNull();
		assertThat(result.savings()).isNull();
		assertThat(result.savingsPercent()).isNull();
		assertThat(result.months()).singleElement().satisfies((m) -> {
			assertThat(m.expected()).isNull();
			assertThat(m.savings()).isNull();
		});
	}

	@Test
	void savingsPercentIsUndefinedWhenTheModelExpectsNoEnergy() {
		// Baseline energy = 2 × production − 200 over production 100…200; production 50
		// is
		// expected to need 2 × 50 − 200 = −100, an extrapolation below zero.
		List<MonthlyObservation> baseline = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			double production = 100 + 20 * i;
			baseline.add(month(JANUARY_2019.plusMonths(i), 2 * production - 200, production));
		}

		NormalisedSavingsResult result = NormalisedSavings.calculate(baseline, List.of(month(JANUARY_2020, 5, 50)));

		assertThat(result.expected()).isCloseTo(-100.0, within(1e-9));
		assertThat(result.savings()).isCloseTo(-105.0, within(1e-9));
		assertThat(result.savingsPercent()).isNull();
		assertThat(result.warnings()).singleElement().extracting(SavingsWarning::value).isEqualTo(50.0);
	}

	@Test
	void reportsMonthsInCalendarOrderWhateverTheInputOrder() {
		List<MonthlyObservation> reporting = List.of(month(JANUARY_2020.plusMonths(2), 800, 150),
				month(JANUARY_2020, 740, 120), month(JANUARY_2020.plusMonths(1), 760, 130));

		NormalisedSavingsResult result = NormalisedSavings.calculate(exactBaseline(), reporting);

		assertThat(result.months()).extracting(MonthlySavings::month)
			.containsExactly(JANUARY_2020, JANUARY_2020.plusMonths(1), JANUARY_2020.plusMonths(2));
	}

	@Test
	void aReportingMonthWithoutAPredictorIsRefusedWithACode() {
		Map<String, Double> none = new HashMap<>();
		none.put("production", null);

		assertThatExceptionOfType(SavingsInputException.class)
			.isThrownBy(() -> NormalisedSavings.calculate(exactBaseline(),
					List.of(month(JANUARY_2020, 700, 120),
							new MonthlyObservation(JANUARY_2020.plusMonths(1), 700.0, none))))
			.isInstanceOf(IllegalArgumentException.class)
			.withMessageStartingWith("PREDICTOR_MISSING")
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo(Code.PREDICTOR_MISSING);
				assertThat(ex.field()).isEqualTo("reporting");
				assertThat(ex.month()).isEqualTo(JANUARY_2020.plusMonths(1));
				assertThat(ex.predictor()).isEqualTo("production");
			});
		assertThatExceptionOfType(SavingsInputException.class)
			.isThrownBy(() -> NormalisedSavings.calculate(exactBaseline(),
					List.of(new MonthlyObservation(JANUARY_2020, 700.0, null))))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(Code.PREDICTOR_MISSING));
	}

	@Test
	void otherUnusableInputIsRefusedWithItsCode() {
		List<MonthlyObservation> baseline = exactBaseline();
		MonthlyObservation january = month(JANUARY_2020, 700, 120);
		Map<String, Double> extra = new LinkedHashMap<>(predictors(120));
		extra.put("degreeDays", 40.0);

		assertCode(() -> NormalisedSavings.calculate(List.of(), List.of(january)), Code.BASELINE_EMPTY);
		assertCode(() -> NormalisedSavings.calculate(baseline, List.of()), Code.REPORTING_EMPTY);
		assertCode(() -> NormalisedSavings.calculate(baseline, List.of(january, january)), Code.DUPLICATE_MONTH);
		assertCode(() -> NormalisedSavings.calculate(baseline,
				List.of(new MonthlyObservation(JANUARY_2020, null, predictors(120)))), Code.ENERGY_MISSING);
		assertCode(() -> NormalisedSavings.calculate(baseline,
				List.of(new MonthlyObservation(null, 700.0, predictors(120)))), Code.MONTH_MISSING);
		assertCode(() -> NormalisedSavings.calculate(baseline,
				List.of(new MonthlyObservation(JANUARY_2020, 700.0, extra))), Code.UNEXPECTED_PREDICTOR);
		assertCode(
				() -> NormalisedSavings.calculate(baseline,
						List.of(new MonthlyObservation(JANUARY_2020, Double.NaN, predictors(120)))),
				Code.NON_FINITE_VALUE);
		List<MonthlyObservation> gappy = new ArrayList<>(baseline);
		gappy.set(3, new MonthlyObservation(JANUARY_2019.plusMonths(3), 760.0, Map.of()));
		assertCode(() -> NormalisedSavings.calculate(gappy, List.of(january)), Code.PREDICTOR_MISSING);
	}

	@Test
	void readsTheCalculatorRequestAndWritesItsResponse() {
		JsonMapper json = JsonMapper.builder().build();
		List<MonthlyObservation> baseline = json.readValue("""
				[{"month": "2019-01", "energy": 700, "predictors": {"production": 100}},
				 {"month": "2019-02", "energy": 740, "predictors": {"production": 120}},
				 {"month": "2019-03", "energy": 790, "predictors": {"production": 150}},
				 {"month": "2019-04", "energy": 760, "predictors": {"production": 130}}]
				""", new TypeReference<List<MonthlyObservation>>() {
		});

		String response = json.writeValueAsString(NormalisedSavings.calculate(baseline,
				List.of(new MonthlyObservation(JANUARY_2020, 720.0, predictors(125)))));

		assertThat(baseline.getFirst()).isEqualTo(month(JANUARY_2019, 700, 100));
		assertThat(json.readTree(response).propertyNames()).containsExactly("model", "expected", "actual", "savings",
				"savingsPercent", "months", "warnings");
		assertThat(response).contains("\"month\":\"2020-01\"").doesNotContain("NaN", "Infinity");
	}

	private static void assertCode(Runnable calculation, Code code) {
		assertThatExceptionOfType(SavingsInputException.class).isThrownBy(calculation::run)
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(code));
	}

	/** Energy = 500 + 2 × production over 2019, production 100…210. */
	private static List<MonthlyObservation> exactBaseline() {
		List<MonthlyObservation> baseline = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			double production = 100 + 10 * i;
			baseline.add(month(JANUARY_2019.plusMonths(i), 500 + 2 * production, production));
		}
		return baseline;
	}

	private static MonthlyObservation month(YearMonth month, double energy, double production) {
		return new MonthlyObservation(month, energy, predictors(production));
	}

	private static Map<String, Double> predictors(double production) {
		return Map.of("production", production);
	}

	private static Map<String, Double> predictors(double production, double degreeDays) {
		Map<String, Double> predictors = new LinkedHashMap<>();
		predictors.put("production", production);
		predictors.put("degreeDays", degreeDays);
		return predictors;
	}

}
