package org.cleanprod.shared.excel;

import org.cleanprod.shared.i18n.NumberStyle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumberReadingTests {

	@Test
	void oneUnambiguousValueDecidesTheStyleOfTheWholeFile() {
		NumberReading.Detector detector = detector("1.234", "12", "12,5", "20.695");
		NumberReading reading = detector.result(null, NumberStyle.ENGLISH);
		assertThat(reading.style()).isEqualTo(NumberStyle.VIETNAMESE);
		assertThat(reading.basis()).isEqualTo(NumberReading.Basis.DETECTED);
		assertThat(reading.evidence()).isEqualTo(new NumberReading.Sample(4, "12,5"));
		assertThat(reading.ambiguousCount()).isEqualTo(2);
		assertThat(reading.ambiguous()).extracting(NumberReading.Ambiguous::text).containsExactly("1.234", "20.695");
		assertThat(reading.isConfirmed()).isTrue();

		NumberReading english = detector("1,234", "0.5").result(null, NumberStyle.VIETNAMESE);
		assertThat(english.style()).isEqualTo(NumberStyle.ENGLISH);
		assertThat(english.basis()).isEqualTo(NumberReading.Basis.DETECTED);
	}

	@Test
	void aFileWhoseOnlyEvidenceIsAmbiguousMustBeConfirmed() {
		NumberReading reading = detector("20.695", "1234", "69.864").result(null, NumberStyle.VIETNAMESE);
		assertThat(reading.basis()).isEqualTo(NumberReading.Basis.UNCONFIRMED);
		assertThat(reading.isConfirmed()).isFalse();
		assertThat(reading.style()).as("the preview reads in the user's style").isEqualTo(NumberStyle.VIETNAMESE);
		assertThat(reading.ambiguous().getFirst().vietnamese()).isEqualByComparingTo("20695");
		assertThat(reading.ambiguous().getFirst().english()).isEqualByComparingTo("20.695");
		NumberReading chosen = detector("20.695").result(NumberStyle.ENGLISH, NumberStyle.VIETNAMESE);
		assertThat(chosen.basis()).isEqualTo(NumberReading.Basis.CHOSEN);
		assertThat(chosen.isConfirmed()).isTrue();
		assertThat(chosen.ambiguousCount()).as("still listed").isEqualTo(1);
	}

	@Test
	void valuesThatReadTheSameInBothStylesNeedNoDecision() {
		NumberReading reading = detector("1234", "12", "", null, "abc").result(null, NumberStyle.ENGLISH);
		assertThat(reading.basis()).isEqualTo(NumberReading.Basis.EITHER);
		assertThat(reading.isConfirmed()).isTrue();
	}

	@Test
	void aFileOfBothStylesIsReadInTheStyleOfMoreEvidenceAndNamesTheOther() {
		NumberReading reading = detector("1,5", "2,5", "1,234.5").result(null, NumberStyle.ENGLISH);
		assertThat(reading.basis()).isEqualTo(NumberReading.Basis.MIXED);
		assertThat(reading.style()).isEqualTo(NumberStyle.VIETNAMESE);
		assertThat(reading.conflict()).isEqualTo(new NumberReading.Sample(4, "1,234.5"));
	}

	@Test
	void onlyTheFirstAmbiguousValuesAreKeptButAllAreCounted() {
		NumberReading.Detector detector = new NumberReading.Detector();
		for (int i = 0; i < 1_000; i++) {
			detector.add(i + 2, "1." + (100 + i % 900));
		}
		NumberReading reading = detector.result(null, NumberStyle.VIETNAMESE);
		assertThat(reading.ambiguous()).hasSize(NumberReading.MAX_SAMPLES);
		assertThat(reading.ambiguousCount()).isEqualTo(1_000);
	}

	private static NumberReading.Detector detector(String... texts) {
		NumberReading.Detector detector = new NumberReading.Detector();
		for (int i = 0; i < texts.length; i++) {
			detector.add(i + 2, texts[i]);
		}
		return detector;
	}

}
