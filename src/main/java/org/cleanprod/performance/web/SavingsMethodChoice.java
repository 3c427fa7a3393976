package org.cleanprod.performance.web;

import org.cleanprod.performance.calculation.IntensityIssue;
import org.cleanprod.performance.calculation.ModelReason;
import org.cleanprod.performance.calculation.IntensitySaving;
import org.cleanprod.performance.calculation.RegressionModel;
import org.cleanprod.performance.calculation.SavingsMethod;
import java.util.ArrayList;
import java.util.List;

/**
 * Which savings method applies to a facility's energy, and why, for the user to see.
 *
 * <p>
 * The rule: a regression model that normalises for the drivers of energy is preferred
 * when one is valid, since it separates the effect of production (and weather) from that
 * of efficiency, fixed consumption included (ISO 50006:2014 prefers a statistical model
 * when relevant variables significantly affect energy and a ratio when consumption is
 * about proportional to one variable); otherwise intensity; otherwise none.
 *
 * @param method the method that applies
 * @param reasons codes that explain the choice, the decisive one first:
 * {@code VALID_REGRESSION_MODEL}; {@code NO_REGRESSION_MODEL} or
 * {@code REGRESSION_MODEL_INVALID} followed by the {@link ModelReason}s;
 * {@code INTENSITY_UNDEFINED} followed by the {@link IntensityIssue}s
 */
public record SavingsMethodChoice(SavingsMethod method, List<String> reasons) {

	static final String VALID_REGRESSION_MODEL = "VALID_REGRESSION_MODEL";

	static final String NO_REGRESSION_MODEL = "NO_REGRESSION_MODEL";

	static final String REGRESSION_MODEL_INVALID = "REGRESSION_MODEL_INVALID";

	static final String INTENSITY_UNDEFINED = "INTENSITY_UNDEFINED";

	public SavingsMethodChoice {
		reasons = List.copyOf(reasons);
	}

	/**
	 * @param energyModel the regression model of the facility's total energy, or
	 * {@code null} when none was attempted (no driver data)
	 * @param totalEnergy the intensity saving of total energy
	 */
	public static SavingsMethodChoice choose(RegressionModel energyModel, IntensitySaving totalEnergy) {
		if (energyModel != null && energyModel.valid()) {
			return new SavingsMethodChoice(SavingsMethod.REGRESSION, List.of(VALID_REGRESSION_MODEL));
		}
		List<String> reasons = new ArrayList<>();
		if (energyModel == null) {
			reasons.add(NO_REGRESSION_MODEL);
		}
		else {
			reasons.add(REGRESSION_MODEL_INVALID);
			energyModel.reasons().forEach((reason) -> reasons.add(reason.name()));
		}
		if (totalEnergy.defined()) {
			return new SavingsMethodChoice(SavingsMethod.INTENSITY, reasons);
		}
		reasons.add(INTENSITY_UNDEFINED);
		totalEnergy.reasons().forEach((reason) -> reasons.add(reason.name()));
		return new SavingsMethodChoice(SavingsMethod.NONE, reasons);
	}

}
