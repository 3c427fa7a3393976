package org.cleanprod.assessment.feasibility;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

class WeightedScoreTests {

	/** Technical, economic and environmental feasibility weighted 3 : 2 : 1. */
	private static final Map<String, Double> WEIGHTS = Map.of("technical", 3.0, "economic", 2.0, "environmental", 1.0);

	@Test
	void theScoreIsTheWeightedMeanOfTheCriterionScores() {
		// (3 × 80 + 2 × 60 + 1 × 90) / 6 = 450 / 6.
		double score = WeightedScore.of(WEIGHTS, scores(80, 60, 90));

		assertThat(score).isCloseTo(75, within(1e-12));
	}

	@Test
	void weightsNeedNotAddUpToOne() {
		Map<String, Double> shares = Map.of("technical", 0.5, "economic", 1 / 3.0, "environmental", 1 / 6.0);

		assertThat(WeightedScore.of(shares, scores(80, 60, 90))).isCloseTo(75, within(1e-12));
	}

	@Test
	void optionsRankByScoreAndEqualScoresShareARank() {
		// A: 75; B: (150 + 200 + 70) / 6 = 70; C: (180 + 180 + 90) / 6 = 75.
		SequencedMap<String, Map<String, Double>> options = new LinkedHashMap<>();
		options.put("B", scores(50, 100, 70));
		options.put("A", scores(80, 60, 90));
		options.put("C", scores(60, 90, 90));

		assertThat(WeightedScore.rank(WEIGHTS, options)).extracting(RankedOption::option, RankedOption::rank)
			.containsExactly(tuple("A", 1), tuple("C", 1), tuple("B", 3));
	}

	@Test
	void aScoreForEveryWeightedCriterionAndNoOtherIsNeeded() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WeightedScore.of(WEIGHTS, Map.of("technical", 80.0, "economic", 60.0)));
		Map<String, Double> extra = new LinkedHashMap<>(scores(80, 60, 90));
		extra.put("social", 50.0);
		assertThatIllegalArgumentException().isThrownBy(() -> WeightedScore.of(WEIGHTS, extra));
	}

	@Test
	void scoresOutsideZeroToHundredAndUnusableWeightsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> WeightedScore.of(WEIGHTS, scores(101, 60, 90)));
		assertThatIllegalArgumentException().isThrownBy(() -> WeightedScore.of(WEIGHTS, scores(-1, 60, 90)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WeightedScore.of(Map.of("technical", -1.0), Map.of("technical", 50.0)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WeightedScore.of(Map.of("technical", 0.0), Map.of("technical", 50.0)));
		assertThatIllegalArgumentException().isThrownBy(() -> WeightedScore.of(Map.of(), Map.of()));
	}

	private static Map<String, Double> scores(double technical, double economic, double environmental) {
		return Map.of("technical", technical, "economic", economic, "environmental", environmental);
	}

}
