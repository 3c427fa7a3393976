package org.cleanprod.performance.calculation;

import org.cleanprod.performance.web.SavingsMethodChoice;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class IntensitySavingsTests {

	@Test
	void savingsFractionIsOneMinusTheRatioOfSpecificConsumptions() {
		// Baseline: 1,200,000 kWh for 4,000 t → SC = 300 kWh/t.
		// Reporting: 1,134,000 kWh for 4,200 t → SC = 270 kWh/t.
		// Fraction = 1 − 270/300 = 0.1; savings = 300 × 4,200 − 1,134,000 = 126,000 kWh.
		IntensitySaving saving = IntensitySavings.saving(new PeriodUse(1_200_000.0, 4_000.0),
				new PeriodUse(1_134_000.0, 4_200.0));

		assertThat(saving.baselineSpecificConsumption()).isCloseTo(300.0, within(1e-12));
		assertThat(saving.reportingSpecificConsumption()).isCloseTo(270.0, within(1e-12));
		assertThat(saving.savingsFraction()).isCloseTo(0.1, within(1e-12));
		assertThat(saving.savings()).isCloseTo(126_000.0, within(1e-6));
		assertThat(saving.reasons()).isEmpty();
	}

	@Test
	void eachResourceAndTotalEnergyGetTheirOwnSavings() {
		// Production 4,000 t then 4,200 t.
		// Total energy: 250 TOE → 0.0625 TOE/t; 252 TOE → 0.06 TOE/t; fraction 0.04;
		// savings 0.0625 × 4,200 − 252 = 262.5 − 252 = 10.5 TOE.
		// Water: 40,000 m³ → 10 m³/t; 44,100 m³ → 10.5 m³/t; fraction −0.05 (5 % more per
		// tonne); savings 42,000 − 44,100 = −2,100 m³.
		// Coal: 120 t → 0 t; fraction 1; savings 0.03 × 4,200 − 0 = 126 t.
		// Steam appears only in the reporting period: its baseline is missing.
		Map<String, Double> before = new LinkedHashMap<>();
		before.put("water", 40_000.0);
		before.put("coal", 120.0);
		Map<String, Double> after = new LinkedHashMap<>();
		after.put("steam", 900.0);
		after.put("coal", 0.0);
		after.put("water", 44_100.0);

		IntensitySavingsResult<String> result = IntensitySavings.calculate(new FacilityPeriod<>(before, 250.0, 4_000.0),
				new FacilityPeriod<>(after, 252.0, 4_200.0));

		assertThat(result.totalEnergy().savingsFraction()).isCloseTo(0.04, within(1e-12));
		assertThat(result.totalEnergy().savings()).isCloseTo(10.5, within(1e-9));
		assertThat(result.resources()).containsOnlyKeys("water", "coal", "steam");
		assertThat(result.resources().keySet()).containsExactly("water", "coal", "steam");
		assertThat(result.resources().get("water").savingsFraction()).isCloseTo(-0.05, within(1e-12));
		assertThat(result.resources().get("water").savings()).isCloseTo(-2_100.0, within(1e-9));
		assertThat(result.resources().get("coal").savingsFraction()).isCloseTo(1.0, within(1e-12));
		assertThat(result.resources().get("coal").savings()).isCloseTo(126.0, within(1e-9));
		assertThat(result.resources().get("steam").savingsFraction()).isNull();
		assertThat(result.resources().get("steam").reasons())
			.containsExactly(IntensityIssue.BASELINE_CONSUMPTION_MISSING);
	}

	@Test
	void zeroProductionInTheReportingPeriodLeavesTheSavingsUndefined() {
		IntensitySaving saving = IntensitySavings.saving(new PeriodUse(1_200_000.0, 4_000.0),
				new PeriodUse(80_000.0, 0.0));

		assertThat(saving.baselineSpecificConsumption()).isCloseTo(300.0, within(1e-12));
		assertThat(saving.reportingSpecificConsumption()).isNull();
		assertThat(saving.savingsFraction()).isNull();
		assertThat(saving.savings()).isNull();
		assertThat(saving.reasons()).containsExactly(IntensityIssue.REPORTING_PRODUCTION_NOT_POSITIVE);
	}

	@Test
	void missingProductionInEitherPeriodIsNamed() {
		IntensitySaving saving = IntensitySavings.saving(new PeriodUse(1_200_000.0, null),
				new PeriodUse(1_100_000.0, null));

		assertThat(saving.defined()).isFalse();
		assertThat(saving.reasons()).containsExactly(IntensityIssue.BASELINE_PRODUCTION_MISSING,
				IntensityIssue.REPORTING_PRODUCTION_MISSING);
	}

	@Test
	void zeroBaselineConsumptionHasNoFractionToSave() {
		IntensitySaving saving = IntensitySavings.saving(new PeriodUse(0.0, 4_000.0), new PeriodUse(500.0, 4_000.0));

		assertThat(saving.baselineSpecificConsumption()).isZero();
		assertThat(saving.reportingSpecificConsumption()).isCloseTo(0.125, within(1e-12));
		assertThat(saving.savingsFraction()).isNull();
		assertThat(saving.reasons()).containsExactly(IntensityIssue.BASELINE_SPECIFIC_CONSUMPTION_ZERO);
	}

	@Test
	void negativeConsumptionIsNotUsed() {
		IntensitySaving saving = IntensitySavings.saving(new PeriodUse(-10.0, 4_000.0), new PeriodUse(500.0, 4_000.0));

		assertThat(saving.defined()).isFalse();
		assertThat(saving.reasons()).containsExactly(IntensityIssue.BASELINE_CONSUMPTION_NEGATIVE);
	}

	@Test
	void aValidRegressionModelIsPreferred() {
		SavingsMethodChoice choice = SavingsMethodChoice.choose(model(true), definedIntensity());

		assertThat(choice.method()).isEqualTo(SavingsMethod.REGRESSION);
		assertThat(choice.reasons()).containsExactly("VALID_REGRESSION_MODEL");
	}

	@Test
	void intensityAppliesWhenTheModelIsInvalidAndSaysWhy() {
		SavingsMethodChoice choice = SavingsMethodChoice.choose(model(false), definedIntensity());

		assertThat(choice.method()).isEqualTo(SavingsMethod.INTENSITY);
		assertThat(choice.reasons()).containsExactly("REGRESSION_MODEL_INVALID", "R2_BELOW_0_5");
	}

	@Test
	void intensityAppliesWhenNoModelWasAttempted() {
		SavingsMethodChoice choice = SavingsMethodChoice.choose(null, definedIntensity());

		assertThat(choice.method()).isEqualTo(SavingsMethod.INTENSITY);
		assertThat(choice.reasons()).containsExactly("NO_REGRESSION_MODEL");
	}

	@Test
	void noMethodAppliesWhenNeitherCanBeComputed() {
		IntensitySaving undefined = IntensitySavings.saving(new PeriodUse(250.0, 4_000.0), new PeriodUse(12.0, 0.0));

		SavingsMethodChoice choice = SavingsMethodChoice.choose(model(false), undefined);

		assertThat(choice.method()).isEqualTo(SavingsMethod.NONE);
		assertThat(choice.reasons()).containsExactly("REGRESSION_MODEL_INVALID", "R2_BELOW_0_5", "INTENSITY_UNDEFINED",
				"REPORTING_PRODUCTION_NOT_POSITIVE");
	}

	private static IntensitySaving definedIntensity() {
		return IntensitySavings.saving(new PeriodUse(250.0, 4_000.0), new PeriodUse(252.0, 4_200.0));
	}

	private static RegressionModel model(boolean valid) {
		RegressionDataSets.DataSet data = valid ? RegressionDataSets.foodFactoryYear()
				: RegressionDataSets.boilerHouseModerateDriver();
		RegressionModel model = Regression.fit(data.y(), data.predictors());
		assertThat(model.valid()).isEqualTo(valid);
		return model;
	}

}
