package org.cleanprod.performance.calculation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.Set;

import org.cleanprod.performance.calculation.SavingsInputException.Code;

/**
 * Savings normalised for the drivers of energy use (ISO 50006:2014 normalisation with a
 * statistical model; IPMVP's "avoided energy use"): a linear model of monthly energy on
 * production and other predictors is fitted on the baseline months ({@link Regression}),
 * each reporting month's expected energy is the model's prediction for that month's
 * drivers, and
 * <ul>
 * <li>expected = Σ ŷ over the reporting months, actual = Σ y;</li>
 * <li>savings = expected − actual (positive when less energy was used than the baseline
 * behaviour predicts);</li>
 * <li>savings percent = savings / expected × 100, left undefined when expected ≤ 0 (only
 * a model extrapolated below zero expects that).</li>
 * </ul>
 * The totals are given whenever the model could be fitted, valid or not: the model's
 * {@code valid} and {@code reasons} tell the user whether to rely on them (see
 * {@link SavingsMethodChoice}). A reporting month whose predictor lies outside the
 * baseline's [min, max] is computed but warned about: the model is extrapolated there.
 */
public final class NormalisedSavings {

	private NormalisedSavings() {
	}

	/**
	 * @param baseline the months the model is fitted on; the first month's predictors
	 * name the model's predictors and their order
	 * @param reporting the months whose savings are wanted, with the same predictors
	 * @throws SavingsInputException when a period is empty, a month, energy or predictor
	 * value is missing or not finite, a predictor is unexpected, or a month repeats
	 */
	public static NormalisedSavingsResult calculate(List<MonthlyObservation> baseline,
			List<MonthlyObservation> reporting) {
		if (baseline.isEmpty()) {
			throw new SavingsInputException(Code.BASELINE_EMPTY, "baseline", null, null);
		}
		if (reporting.isEmpty()) {
			throw new SavingsInputException(Code.REPORTING_EMPTY, "reporting", null, null);
		}
		List<String> predictors = List.copyOf(baseline.getFirst().predictors().keySet());
		List<MonthlyObservation> base = checked("baseline", baseline, predictors);
		List<MonthlyObservation> report = checked("reporting", reporting, predictors);

		double[] energy = new double[base.size()];
		SequencedMap<String, double[]> columns = new LinkedHashMap<>();
		predictors.forEach((name) -> columns.put(name, new double[base.size()]));
		for (int i = 0; i < base.size(); i++) {
			MonthlyObservation month = base.get(i);
			energy[i] = month.energy();
			for (String name : predictors) {
				columns.get(name)[i] = month.predictors().get(name);
			}
		}
		RegressionModel model = Regression.fit(energy, columns);
		Map<String, double[]> ranges = new LinkedHashMap<>();
		columns.forEach((name, values) -> ranges.put(name, range(values)));

		List<MonthlySavings> months = new ArrayList<>();
		List<SavingsWarning> warnings = new ArrayList<>();
		double actual = 0;
		double expected = 0;
		for (MonthlyObservation month : report) {
			Double monthExpected = model.fitted() ? model.predict(month.predictors()) : null;
			months.add(new MonthlySavings(month.month(), monthExpected, month.energy(),
					(monthExpected != null) ? monthExpected - month.energy() : null));
			actual += month.energy();
			expected += (monthExpected != null) ? monthExpected : 0;
			for (String name : predictors) {
				double value = month.predictors().get(name);
				double[] range = ranges.get(name);
				if (value < range[0] || value > range[1]) {
					warnings.add(new SavingsWarning(SavingsWarning.Code.PREDICTOR_OUTSIDE_BASELINE_RANGE, name,
							month.month(), value, range[0], range[1]));
				}
			}
		}
		if (!model.fitted()) {
			return new NormalisedSavingsResult(model, null, actual, null, null, months, warnings);
		}
		double savings = expected - actual;
		Double percent = (expected > 0) ? savings / expected * 100 : null;
		return new NormalisedSavingsResult(model, expected, actual, savings, percent, months, warnings);
	}

	/** The observations in calendar order, after checking them. */
	private static List<MonthlyObservation> checked(String field, List<MonthlyObservation> observations,
			List<String> predictors) {
		Set<YearMonth> seen = new HashSet<>();
		for (MonthlyObservation observation : observations) {
			YearMonth month = observation.month();
			if (month == null) {
				throw new SavingsInputException(Code.MONTH_MISSING, field, null, null);
			}
			if (!seen.add(month)) {
				throw new SavingsInputException(Code.DUPLICATE_MONTH, field, month, null);
			}
			if (observation.energy() == null) {
				throw new SavingsInputException(Code.ENERGY_MISSING, field, month, null);
			}
			if (!Double.isFinite(observation.energy())) {
				throw new SavingsInputException(Code.NON_FINITE_VALUE, field, month, null);
			}
			for (String name : predictors) {
				Double value = observation.predictors().get(name);
				if (value == null) {
					throw new SavingsInputException(Code.PREDICTOR_MISSING, field, month, name);
				}
				if (!Double.isFinite(value)) {
					throw new SavingsInputException(Code.NON_FINITE_VALUE, field, month, name);
				}
			}
			for (String name : observation.predictors().keySet()) {
				if (!predictors.contains(name)) {
					throw new SavingsInputException(Code.UNEXPECTED_PREDICTOR, field, month, name);
				}
			}
		}
		return observations.stream().sorted(Comparator.comparing(MonthlyObservation::month)).toList();
	}

	private static double[] range(double[] values) {
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (double value : values) {
			min = Math.min(min, value);
			max = Math.max(max, value);
		}
		return new double[] { min, max };
	}

}
