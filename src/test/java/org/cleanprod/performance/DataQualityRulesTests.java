package org.cleanprod.performance;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cleanprod.performance.QualityIssue.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

class DataQualityRulesTests {

	private static final YearMonth JANUARY = YearMonth.of(2019, 1);

	private static final YearMonth DECEMBER = YearMonth.of(2019, 12);

	@Test
	void aYearOfElectricityWithEveryKindOfMistakeIsFlaggedMonthByMonth() {
		// kWh per month; April not entered; June typed in MWh; August a reversed meter
		// reading; September's production entered as 0; October a real spike.
		// Values present: median 98,000; absolute deviations sorted 0, 700, 1,800, 2,000,
		// 2,500, 3,200, 6,000, 8,500, 62,000, 97,893, 99,200 → MAD = 3,200.
		// M(Jun) = 0.6745 × (107 − 98,000) / 3,200 = −20.6; M(Aug) = 0.6745 × −99,200 /
		// 3,200
		// = −20.9; M(Oct) = 0.6745 × 62,000 / 3,200 = 13.1; the largest other |M| is
		// July's
		// 0.6745 × 8,500 / 3,200 = 1.8.
		// Jumps among positive months: May → June 104,000 / 107 = 972 and June → July
		// 106,500
		// / 107 = 995, both pointing at June; September → October is only 1.67.
		Map<YearMonth, Double> electricity = series(98_000, 95_500, 101_200, null, 104_000, 107, 106_500, -1_200,
				96_000, 160_000, 99_800, 97_300);
		Map<YearMonth, Double> production = series(1_000, 950, 1_020, 1_010, 1_060, 1_080, 1_090, 1_000, 0, 1_040,
				1_000, 980);

		assertThat(DataQualityRules.check(JANUARY, DECEMBER, electricity, production)).containsExactly(
				new QualityIssue(Kind.MISSING_MONTH, YearMonth.of(2019, 4), null, null),
				new QualityIssue(Kind.OUTLIER, YearMonth.of(2019, 6), 107.0, "modified z-score -20.6"),
				new QualityIssue(Kind.JUMP, YearMonth.of(2019, 6), 107.0, "÷972 vs 2019-05, ÷995 vs 2019-07"),
				new QualityIssue(Kind.NEGATIVE_VALUE, YearMonth.of(2019, 8), -1_200.0, "consumption"),
				new QualityIssue(Kind.OUTLIER, YearMonth.of(2019, 8), -1_200.0, "modified z-score -20.9"),
				new QualityIssue(Kind.CONSUMPTION_WITHOUT_PRODUCTION, YearMonth.of(2019, 9), 96_000.0, "production 0"),
				new QualityIssue(Kind.OUTLIER, YearMonth.of(2019, 10), 160_000.0, "modified z-score 13.1"));
	}

	@Test
	void monthsWithoutAValueInTheRangeAreMissing() {
		Map<YearMonth, Double> water = new HashMap<>();
		water.put(YearMonth.of(2019, 1), 500.0);
		water.put(YearMonth.of(2019, 2), null);
		water.put(YearMonth.of(2019, 4), 520.0);
		water.put(YearMonth.of(2019, 7), 900.0);

		assertThat(DataQualityRules.check(YearMonth.of(2018, 12), YearMonth.of(2019, 5), water, null))
			.extracting(QualityIssue::kind, QualityIssue::month)
			.containsExactly(tuple(Kind.MISSING_MONTH, YearMonth.of(2018, 12)),
					tuple(Kind.MISSING_MONTH, YearMonth.of(2019, 2)), tuple(Kind.MISSING_MONTH, YearMonth.of(2019, 3)),
					tuple(Kind.MISSING_MONTH, YearMonth.of(2019, 5)));
	}

	@Test
	void negativeProductionIsFlaggedToo() {
		assertThat(DataQualityRules.negativeValues(series(10, 12), series(5, -3)))
			.containsExactly(new QualityIssue(Kind.NEGATIVE_VALUE, YearMonth.of(2019, 2), -3.0, "production"));
	}

	@Test
	void aTenfoldJumpIsFlaggedAndANineFoldOneIsNot() {
		assertThat(DataQualityRules.jumps(series(100, 100, 1_000, 1_000, 1_000))).singleElement().satisfies((issue) -> {
			assertThat(issue.kind()).isEqualTo(Kind.JUMP);
			assertThat(issue.month()).isEqualTo(YearMonth.of(2019, 2));
			assertThat(issue.detail()).isEqualTo("÷10 vs 2019-03");
		});
		assertThat(DataQualityRules.jumps(series(100, 100, 999, 999, 999))).isEmpty();
	}

	@Test
	void aLastingChangeOfUnitIsFlaggedOnceWhereItBegins() {
		// Eight months in kWh, then four typed in MWh.
		Map<YearMonth, Double> electricity = series(98_000, 95_500, 101_200, 99_000, 104_000, 103_000, 106_500, 97_000,
				96, 99, 101, 97);

		assertThat(DataQualityRules.jumps(electricity))
			.containsExactly(new QualityIssue(Kind.JUMP, YearMonth.of(2019, 9), 96.0, "÷1010 vs 2019-08"));
	}

	@Test
	void aMistakeInTheFirstMonthIsPutOnTheFirstMonth() {
		assertThat(DataQualityRules.jumps(series(98_000_000, 95_500, 101_200, 99_000, 104_000)))
			.containsExactly(new QualityIssue(Kind.JUMP, JANUARY, 98_000_000.0, "×1030 vs 2019-02"));
	}

	@Test
	void zeroMonthsAreNoJumps() {
		// A stopped month between two normal ones, and a restart from zero.
		assertThat(DataQualityRules.jumps(series(0, 100, 0, 105, 98))).isEmpty();
	}

	@Test
	void anOutlierStandsOutByTheModifiedZScore() {
		// Sorted 97, 98, 99, 100, 100, 101, 102, 103, 140 → median 100; absolute
		// deviations
		// sorted 0, 0, 1, 1, 2, 2, 3, 3, 40 → MAD = 2.
		// M(140) = 0.6745 × 40 / 2 = 13.49 > 3.5; M(103) = 0.6745 × 3 / 2 = 1.01.
		assertThat(DataQualityRules.outliers(series(100, 99, 101, 102, 98, 103, 97, 100, 140)))
			.containsExactly(new QualityIssue(Kind.OUTLIER, YearMonth.of(2019, 9), 140.0, "modified z-score 13.5"));
	}

	@Test
	void theOutlierLimitIsAModifiedZScoreOfThreePointFive() {
		// Median 100 and MAD 1 (deviations 0, 0, 1, 1, 1, 1, d): a value d = 3.5 / 0.6745
		// above the median scores 3.5. Just below is kept, just above is flagged.
		double limit = 100 + 3.5 / 0.6745;
		assertThat(DataQualityRules.outliers(series(100, 100, 99, 101, 99, 101, limit - 1e-6))).isEmpty();
		assertThat(DataQualityRules.outliers(series(100, 100, 99, 101, 99, 101, limit + 1e-6))).hasSize(1);
	}

	@Test
	void noOutlierScoreExistsWhenMostValuesAreEqual() {
		// More than half the months are billed at the same 100: MAD = 0.
		assertThat(DataQualityRules.outliers(series(100, 100, 100, 100, 100, 100, 130))).isEmpty();
	}

	@Test
	void consumptionWithoutRecordedProductionIsFlaggedOnlyWhenProductionIsRecordedAtAll() {
		Map<YearMonth, Double> steam = series(50, 52, 48);
		Map<YearMonth, Double> partly = new LinkedHashMap<>();
		partly.put(YearMonth.of(2019, 1), 10.0);
		partly.put(YearMonth.of(2019, 3), 12.0);

		assertThat(DataQualityRules.consumptionWithoutProduction(steam, partly)).containsExactly(new QualityIssue(
				Kind.CONSUMPTION_WITHOUT_PRODUCTION, YearMonth.of(2019, 2), 52.0, "production not recorded"));
		assertThat(DataQualityRules.consumptionWithoutProduction(steam, Map.of())).isEmpty();
		assertThat(DataQualityRules.consumptionWithoutProduction(steam, null)).isEmpty();
	}

	@Test
	void monthsOutsideTheRangeAreIgnored() {
		Map<YearMonth, Double> gas = series(10, 10, 10);
		gas.put(YearMonth.of(2018, 6), -5.0);

		assertThat(DataQualityRules.check(JANUARY, YearMonth.of(2019, 3), gas, null)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> DataQualityRules.check(DECEMBER, JANUARY, gas, null));
	}

	/**
	 * Values for consecutive months from January 2019; {@code null} for a month left
	 * empty.
	 */
	private static Map<YearMonth, Double> series(Number... values) {
		Map<YearMonth, Double> series = new LinkedHashMap<>();
		for (int i = 0; i < values.length; i++) {
			series.put(JANUARY.plusMonths(i), (values[i] != null) ? values[i].doubleValue() : null);
		}
		return series;
	}

}
