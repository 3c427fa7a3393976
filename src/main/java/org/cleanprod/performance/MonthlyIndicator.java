package org.cleanprod.performance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.cleanprod.shared.units.MeasureUnit;

/**
 * One resource's month: the quantity in the resource's base unit, its energy in GJ and
 * TOE, its CO2 (biogenic CO2 apart), the conversion factors used and what could not be
 * converted.
 */
public record MonthlyIndicator(long facilityId, String resourceCode, YearMonth month, BigDecimal quantity,
		MeasureUnit baseUnit, BigDecimal gj, BigDecimal toe, BigDecimal tco2, BigDecimal tco2Biogenic,
		List<Long> factorIds, List<String> problems) {

}
