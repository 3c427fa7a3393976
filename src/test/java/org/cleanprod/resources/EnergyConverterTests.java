package org.cleanprod.resources;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.cleanprod.resources.EnergyConverter.Conversion;
import org.cleanprod.shared.units.MeasureUnit;
import org.cleanprod.test.BothDatabases;
import org.cleanprod.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Conversions equal the values of the reference tables (MOIT TOE, IPCC 2006, Vietnamese
 * grid factor).
 */
@IntegrationTest
@BothDatabases
class EnergyConverterTests {

	private static final LocalDate IN_2020 = LocalDate.of(2020, 6, 1);

	@Autowired
	EnergyConverter converter;

	@Autowired
	Resources reference;

	@Test
	void electricityUsesTheDefinitionTheMoitFactorAndTheYearsGridFactor() {
		Conversion conversion = convert("ELECTRICITY", "1000", MeasureUnit.KWH, IN_2020);
		assertThat(conversion.gj()).isEqualByComparingTo("3.6");
		assertThat(conversion.toe()).isEqualByComparingTo("0.1543");
		assertThat(conversion.tco2()).isEqualByComparingTo("0.8041");
		assertThat(convert("ELECTRICITY", "1", MeasureUnit.MWH, LocalDate.of(2016, 3, 1)).tco2())
			.isEqualByComparingTo("0.9185");
		assertThat(conversion.factorIds()).hasSize(3);
		assertThat(conversion.problems()).isEmpty();
	}

	@Test
	void theLatestGridFactorAppliesUntilALaterOneIsAddedAndNoneBeforeTheFirst() {
		assertThat(convert("ELECTRICITY", "1", MeasureUnit.MWH, LocalDate.of(2026, 1, 1)).tco2())
			.isEqualByComparingTo("0.6811");
		Conversion before = convert("ELECTRICITY", "1", MeasureUnit.MWH, LocalDate.of(2013, 1, 1));
		assertThat(before.tco2()).isNull();
		assertThat(before.problems()).containsExactly("NO_FACTOR_TCO2");
	}

	@Test
	void dieselByMassAndByVolume() {
		Conversion tonne = convert("DO", "1", MeasureUnit.TONNE, IN_2020);
		assertThat(tonne.toe()).isEqualByComparingTo("1.02");
		assertThat(tonne.gj()).isEqualByComparingTo("43.0");
		assertThat(tonne.tco2()).isEqualByComparingTo("3.1863");
		Conversion litres = convert("DO", "1000", MeasureUnit.LITRE, IN_2020);
		assertThat(litres.toe()).isEqualByComparingTo("0.88");
		BigDecimal density = this.reference.resource("DO").orElseThrow().densityTonnesPerCubicMetre();
		assertThat(density).isEqualByComparingTo("0.862745");
		assertThat(litres.gj().doubleValue()).isCloseTo(0.862745 * 43.0, within(1e-9));
		assertThat(litres.tco2().doubleValue()).isCloseTo(0.862745 * 43.0 * 0.0741, within(1e-9));
	}

	@Test
	void coalGradesKeepTheirOwnEnergyContent() {
		Conversion grade12 = convert("COAL_1_2", "2", MeasureUnit.TONNE, IN_2020);
		assertThat(grade12.toe()).isEqualByComparingTo("1.4");
		assertThat(grade12.gj().doubleValue()).isCloseTo(1.4 * 41.868, within(1e-9));
		assertThat(grade12.tco2().doubleValue()).isCloseTo(1.4 * 41.868 * 0.0983, within(1e-9));
		assertThat(convert("COAL_5_6", "1000", MeasureUnit.KG, IN_2020).toe()).isEqualByComparingTo("0.5");
	}

	@Test
	void biomassCo2IsBiogenicAndSteamHasNoCo2Factor() {
		Conversion wood = convert("WOOD", "1", MeasureUnit.TONNE, IN_2020);
		assertThat(wood.gj()).isEqualByComparingTo("15.6");
		assertThat(wood.tco2().doubleValue()).isCloseTo(15.6 * 0.112, within(1e-12));
		assertThat(wood.biogenic()).isTrue();
		assertThat(wood.toe().doubleValue()).isCloseTo(15.6 / 41.868, within(1e-9));
		Conversion steam = convert("STEAM", "10", MeasureUnit.GJ, IN_2020);
		assertThat(steam.gj()).isEqualByComparingTo("10");
		assertThat(steam.tco2()).isNull();
		assertThat(steam.problems()).containsExactly("NO_FACTOR_TCO2");
	}

	@Test
	void naturalGasGetsItsEnergyFromTheMoitFactor() {
		Conversion gas = convert("NATURAL_GAS", "1", MeasureUnit.THOUSAND_CUBIC_METRES, IN_2020);
		assertThat(gas.toe()).isEqualByComparingTo("0.9");
		assertThat(gas.gj().doubleValue()).isCloseTo(0.9 * 41.868, within(1e-9));
		assertThat(gas.tco2().doubleValue()).isCloseTo(0.9 * 41.868 * 0.0561, within(1e-9));
	}

	@Test
	void aUnitTheResourceDoesNotAcceptIsReported() {
		assertThat(convert("DO", "5", MeasureUnit.KWH, IN_2020).problems()).containsExactly("UNIT_NOT_ACCEPTED");
		assertThat(convert("JET_FUEL", "5", MeasureUnit.LITRE, IN_2020).problems())
			.containsExactly("UNIT_NOT_ACCEPTED");
	}

	@Test
	void theDesignatedEnergyUserThresholdIsData() {
		assertThat(this.reference.setting("DESIGNATED_ENERGY_USER_TOE")).contains(new BigDecimal("1000"));
	}

	private Conversion convert(String resource, String quantity, MeasureUnit unit, LocalDate date) {
		return this.converter.convert(resource, new BigDecimal(quantity), unit, date);
	}

}
