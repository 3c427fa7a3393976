package org.cleanprod.consumption;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutliersTests {

	private static final List<BigDecimal> MONTHS = values("64.1", "63.8", "65.2", "64.7", "66.0", "62.9");

	@Test
	void aValueAThousandTimesItsSeriesIsFlaggedHigh() {
		BigDecimal slip = new BigDecimal("64293");
		Outliers.Flag flag = Outliers.check(slip, with(MONTHS, slip)).orElseThrow();
		assertThat(flag.direction()).isEqualTo(Outliers.Direction.HIGH);
		assertThat(flag.median()).isEqualByComparingTo("64.7");
		assertThat(flag.times()).isEqualByComparingTo("990");
	}

	@Test
	void aValueAThousandthOfItsSeriesIsFlaggedLow() {
		BigDecimal slip = new BigDecimal("0.064");
		Outliers.Flag flag = Outliers.check(slip, with(MONTHS, slip)).orElseThrow();
		assertThat(flag.direction()).isEqualTo(Outliers.Direction.LOW);
		assertThat(flag.times()).isEqualByComparingTo("1000");
	}

	@Test
	void theBoundsAreAHundredTimesEitherWayIncluded() {
		BigDecimal median = new BigDecimal("50");
		assertThat(Outliers.against(new BigDecimal("5000"), median)).isPresent();
		assertThat(Outliers.against(new BigDecimal("4999.99"), median)).isEmpty();
		assertThat(Outliers.against(new BigDecimal("0.5"), median)).isPresent();
		assertThat(Outliers.against(new BigDecimal("0.51"), median)).isEmpty();
	}

	@Test
	void seasonsShortSeriesAndZerosAreNotFlagged() {
		List<BigDecimal> seasonal = values("10", "12", "300", "320", "15", "11");
		assertThat(Outliers.check(new BigDecimal("300"), seasonal)).isEmpty();
		List<BigDecimal> short_ = values("64", "64000", "65");
		assertThat(Outliers.check(new BigDecimal("64000"), short_)).as("three values are too few").isEmpty();
		assertThat(Outliers.check(BigDecimal.ZERO, with(MONTHS, BigDecimal.ZERO))).isEmpty();
		assertThat(Outliers.check(new BigDecimal("64000"), values("0", "0", "0", "64000"))).isEmpty();
		assertThat(Outliers.check(null, MONTHS)).isEmpty();
	}

	@Test
	void theMedianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
		assertThat(Outliers.median(values("3", "1", "2"))).isEqualByComparingTo("2");
		assertThat(Outliers.median(values("4", "1", "3", "2"))).isEqualByComparingTo("2.5");
	}

	private static List<BigDecimal> values(String... texts) {
		return java.util.Arrays.stream(texts).map(BigDecimal::new).toList();
	}

	private static List<BigDecimal> with(List<BigDecimal> series, BigDecimal value) {
		List<BigDecimal> all = new java.util.ArrayList<>(series);
		all.add(value);
		return all;
	}

}
