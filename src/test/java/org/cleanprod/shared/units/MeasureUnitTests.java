package org.cleanprod.shared.units;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeasureUnitTests {

	@Test
	void convertsExactlyWithinADimension() {
		assertThat(MeasureUnit.KWH.convert(new BigDecimal("1000"), MeasureUnit.GJ)).isEqualByComparingTo("3.6");
		assertThat(MeasureUnit.MWH.convert(BigDecimal.ONE, MeasureUnit.KWH)).isEqualByComparingTo("1000");
		assertThat(MeasureUnit.LITRE.convert(new BigDecimal("2500"), MeasureUnit.THOUSAND_LITRES))
			.isEqualByComparingTo("2.5");
		assertThat(MeasureUnit.KG.convert(new BigDecimal("1500"), MeasureUnit.TONNE)).isEqualByComparingTo("1.5");
		assertThat(MeasureUnit.THOUSAND_CUBIC_METRES.convert(BigDecimal.ONE, MeasureUnit.CUBIC_METRE))
			.isEqualByComparingTo("1000");
	}

	@Test
	void refusesToConvertAcrossDimensions() {
		assertThatThrownBy(() -> MeasureUnit.KG.convert(BigDecimal.ONE, MeasureUnit.LITRE))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void readsEveryUnitByTheNameTheGridSends() {
		for (MeasureUnit unit : MeasureUnit.values()) {
			assertThat(MeasureUnit.parse(unit.name())).as(unit.name()).contains(unit);
		}
	}

	@Test
	void readsTheUnitsPeopleWrite() {
		assertThat(MeasureUnit.parse("tấn")).contains(MeasureUnit.TONNE);
		assertThat(MeasureUnit.parse("1.000 lít")).contains(MeasureUnit.THOUSAND_LITRES);
		assertThat(MeasureUnit.parse("m³")).contains(MeasureUnit.CUBIC_METRE);
		assertThat(MeasureUnit.parse("KWH")).contains(MeasureUnit.KWH);
		assertThat(MeasureUnit.parse("đôi")).contains(MeasureUnit.PAIR);
		assertThat(MeasureUnit.parse("bananas")).isEmpty();
	}

}
