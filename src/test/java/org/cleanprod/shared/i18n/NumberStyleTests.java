package org.cleanprod.shared.i18n;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumberStyleTests {

	@Test
	void vietnameseGroupsThousandsByDotsAndMarksDecimalsByAComma() {
		NumberStyle vi = NumberStyle.VIETNAMESE;
		assertThat(vi.parse("1.234,5")).isEqualByComparingTo("1234.5");
		assertThat(vi.parse("1.234")).isEqualByComparingTo("1234");
		assertThat(vi.parse("12.345.678")).isEqualByComparingTo("12345678");
		assertThat(vi.parse("11,110")).isEqualByComparingTo("11.11");
		assertThat(vi.parse("0,5")).isEqualByComparingTo("0.5");
		assertThat(vi.parse("1 234,5")).isEqualByComparingTo("1234.5");
		assertThat(vi.parse("1\u00a0234")).isEqualByComparingTo("1234");
		assertThat(vi.parse("-3")).isEqualByComparingTo("-3");
		assertThat(vi.parse("1,5E3")).isEqualByComparingTo("1500");
	}

	@Test
	void englishGroupsThousandsByCommasAndMarksDecimalsByAPoint() {
		NumberStyle en = NumberStyle.ENGLISH;
		assertThat(en.parse("1,234.5")).isEqualByComparingTo("1234.5");
		assertThat(en.parse("1.234")).isEqualByComparingTo("1.234");
		assertThat(en.parse("11,110")).isEqualByComparingTo("11110");
		assertThat(en.parse("11,500")).isEqualByComparingTo("11500");
		assertThat(en.parse("64.293")).isEqualByComparingTo("64.293");
		assertThat(en.parse(".5")).isEqualByComparingTo("0.5");
		assertThat(en.parse("1.5e-3")).isEqualByComparingTo("0.0015");
	}

	@Test
	void aTextThatIsNotANumberInTheStyleIsRefusedNeverReadInTheOther() {
		assertThat(NumberStyle.VIETNAMESE.parse("1.5")).as("a dot groups three digits").isNull();
		assertThat(NumberStyle.VIETNAMESE.parse("1234.567")).isNull();
		assertThat(NumberStyle.VIETNAMESE.parse("0.123")).as("no thousands group starts with 0").isNull();
		assertThat(NumberStyle.VIETNAMESE.parse("1,234.5")).isNull();
		assertThat(NumberStyle.ENGLISH.parse("1,5")).isNull();
		assertThat(NumberStyle.ENGLISH.parse("1.234,5")).isNull();
		assertThat(NumberStyle.ENGLISH.parse("1,2345")).isNull();
		assertThat(NumberStyle.ENGLISH.parse("1.2.3")).isNull();
		for (NumberStyle style : NumberStyle.values()) {
			assertThat(style.parse(null)).isNull();
			assertThat(style.parse("  ")).isNull();
			assertThat(style.parse("abc")).isNull();
			assertThat(style.parse("-")).isNull();
			assertThat(style.parse("12kWh")).isNull();
			assertThat(style.parse("1".repeat(61))).isNull();
		}
	}

	@Test
	void theStyleOfAPageIsTheStyleOfItsLanguage() {
		assertThat(NumberStyle.of(Locale.ENGLISH)).isEqualTo(NumberStyle.ENGLISH);
		assertThat(NumberStyle.of(Formats.VIETNAMESE)).isEqualTo(NumberStyle.VIETNAMESE);
		assertThat(NumberStyle.of(null)).isEqualTo(NumberStyle.VIETNAMESE);
	}

}
