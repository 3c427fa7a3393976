package org.cleanprod.facility;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaxCodeTests {

	@Test
	void acceptsCodesWithACorrectCheckDigit() {
		assertThat(TaxCode.isValid("0100109106")).isTrue();
		assertThat(TaxCode.isValid("0300588569")).isTrue();
		assertThat(TaxCode.isValid("0300588569-001")).isTrue();
	}

	@Test
	void refusesWrongCheckDigitsAndFormats() {
		assertThat(TaxCode.isValid("0100109107")).isFalse();
		assertThat(TaxCode.isValid("010010910")).isFalse();
		assertThat(TaxCode.isValid("0300588569-01")).isFalse();
		assertThat(TaxCode.isValid("03005885691")).isFalse();
		assertThat(TaxCode.isValid("abcdefghij")).isFalse();
		assertThat(TaxCode.isValid(null)).isFalse();
	}

	@Test
	void dropsSpacesAndDotsPeopleType() {
		assertThat(TaxCode.normalise(" 0300.588.569 ")).isEqualTo("0300588569");
	}

}
