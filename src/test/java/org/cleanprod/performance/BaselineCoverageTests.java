package org.cleanprod.performance;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BaselineCoverageTests {

	static final YearMonth START = YearMonth.of(2020, 1);

	static final YearMonth END = YearMonth.of(2020, 12);

	@Test
	void twelveMonthsOfEveryCoveredResourceAndOfProductionAreComplete() {
		Map<String, List<YearMonth>> consumption = new LinkedHashMap<>();
		consumption.put("ELECTRICITY", year(2020));
		consumption.put("DO", year(2020));
		BaselineCoverage coverage = BaselineCoverage.of(START, END, true, consumption, year(2020));
		assertThat(coverage.complete()).isTrue();
		assertThat(coverage.covered()).containsExactly("ELECTRICITY", "DO");
	}

	/**
	 * Electricity lacks March and April, DO has only May, coal only 2019 (not covered),
	 * production lacks December: 7 + 11 gaps, and the baseline is refused.
	 */
	@Test
	void eachCoveredResourceAndTheProductionSayWhichMonthsTheyLack() {
		Map<String, List<YearMonth>> consumption = new LinkedHashMap<>();
		consumption.put("ELECTRICITY",
				year(2020).stream().filter(month -> month.getMonthValue() != 3 && month.getMonthValue() != 4).toList());
		consumption.put("DO", List.of(YearMonth.of(2020, 5)));
		consumption.put("COAL_3_4", year(2019));
		BaselineCoverage coverage = BaselineCoverage.of(START, END, true, consumption, year(2020).subList(0, 11));
		assertThat(coverage.complete()).isFalse();
		assertThat(coverage.covered()).containsExactly("ELECTRICITY", "DO");
		assertThat(coverage.missingConsumption()).containsOnlyKeys("ELECTRICITY", "DO");
		assertThat(coverage.missingConsumption().get("ELECTRICITY")).containsExactly(YearMonth.of(2020, 3),
				YearMonth.of(2020, 4));
		assertThat(coverage.missingConsumption().get("DO")).hasSize(11).doesNotContain(YearMonth.of(2020, 5));
		assertThat(coverage.missingProduction()).containsExactly(YearMonth.of(2020, 12));
	}

	@Test
	void aRecordedZeroCountsAndNothingRecordedDoesNot() {
		BaselineCoverage none = BaselineCoverage.of(START, END, true, Map.of(), year(2020));
		assertThat(none.complete()).isFalse();
		assertThat(none.noConsumption()).isTrue();
		BaselineCoverage noProduct = BaselineCoverage.of(START, END, false, Map.of("ELECTRICITY", year(2020)),
				Set.of());
		assertThat(noProduct.complete()).isFalse();
		assertThat(noProduct.missingProduction()).hasSize(12);
	}

	@Test
	void aBaselineIsTwelveMonthsLong() {
		BaselineCoverage shorter = BaselineCoverage.of(START, YearMonth.of(2020, 6), true,
				Map.of("ELECTRICITY", year(2020)), year(2020));
		assertThat(shorter.missingConsumption()).isEmpty();
		assertThat(shorter.complete()).isFalse();
	}

	private static List<YearMonth> year(int year) {
		return IntStream.rangeClosed(1, 12).mapToObj(month -> YearMonth.of(year, month)).toList();
	}

}
