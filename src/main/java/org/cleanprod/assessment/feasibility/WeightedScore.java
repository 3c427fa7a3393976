package org.cleanprod.assessment.feasibility;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/**
 * The weighted score that ranks CP options: the weighted-sum evaluation (simple additive
 * weighting) with which a CP assessment selects the options to implement from their
 * technical, economic and environmental feasibility (UNEP/UNIDO DESIRE methodology, task
 * "select solutions"; UNEP DTIE, <i>Cleaner Production Assessment in Industries</i>).
 * <p>
 * The criteria and their weights are data: each criterion c has a weight w<sub>c</sub> ≥
 * 0, and each option a score s<sub>c</sub> on it from 0 (worst) to 100 (best), a
 * percentage or marks out of ten times ten. The option's score is <pre>
 * S = Σ w<sub>c</sub> s<sub>c</sub> / Σ w<sub>c</sub>
 * </pre> again from 0 to 100, so the weights need not add up to 1 or to 100: weights 3,
 * 2, 1 mean the same as 50 %, 33.3 %, 16.7 %.
 */
public final class WeightedScore {

	/**
	 * Scores this close count as equal in a ranking, so that rounding in the sums does
	 * not order two options scored alike.
	 */
	static final double TIE = 1e-9;

	private WeightedScore() {
	}

	/**
	 * The weighted score of one option.
	 * @param weights every criterion with its weight
	 * @param scores the option's score, 0 to 100, on each of those criteria
	 * @throws IllegalArgumentException when there is no criterion, a weight is negative
	 * or not finite, all weights are zero, or a score is missing, outside 0 to 100, or
	 * given for a criterion without a weight
	 */
	public static <C> double of(Map<C, Double> weights, Map<C, Double> scores) {
		double totalWeight = totalWeight(weights);
		for (C criterion : scores.keySet()) {
			if (!weights.containsKey(criterion)) {
				throw new IllegalArgumentException("score for a criterion without a weight: " + criterion);
			}
		}
		double sum = 0;
		for (Map.Entry<C, Double> weight : weights.entrySet()) {
			Double score = scores.get(weight.getKey());
			if (score == null || !(score >= 0 && score <= 100)) {
				throw new IllegalArgumentException("score of " + weight.getKey() + " must be 0 to 100: " + score);
			}
			sum += weight.getValue() * score;
		}
		return sum / totalWeight;
	}

	/**
	 * The options ranked by their weighted score, the best first and equal scores in the
	 * order given; scores within {@value #TIE} of each other share a rank.
	 * @param weights every criterion with its weight
	 * @param options each option with its scores, as for {@link #of}
	 */
	public static <K, C> List<RankedOption<K>> rank(Map<C, Double> weights,
			SequencedMap<K, ? extends Map<C, Double>> options) {
		List<RankedOption<K>> scored = new ArrayList<>();
		options.forEach((option, scores) -> scored.add(new RankedOption<>(option, of(weights, scores), 0)));
		scored.sort(Comparator.comparingDouble((RankedOption<K> option) -> option.score()).reversed());
		List<RankedOption<K>> ranked = new ArrayList<>();
		for (int i = 0; i < scored.size(); i++) {
			RankedOption<K> option = scored.get(i);
			int rank = (i > 0 && ranked.get(i - 1).score() - option.score() <= TIE) ? ranked.get(i - 1).rank() : i + 1;
			ranked.add(new RankedOption<>(option.option(), option.score(), rank));
		}
		return List.copyOf(ranked);
	}

	private static <C> double totalWeight(Map<C, Double> weights) {
		if (weights.isEmpty()) {
			throw new IllegalArgumentException("no criterion");
		}
		double total = 0;
		for (Map.Entry<C, Double> weight : weights.entrySet()) {
			Double value = weight.getValue();
			if (value == null || !Double.isFinite(value) || value < 0) {
				throw new IllegalArgumentException("weight of " + weight.getKey() + " must be finite and not negative");
			}
			total += value;
		}
		if (total == 0) {
			throw new IllegalArgumentException("every weight is zero");
		}
		return total;
	}

}
