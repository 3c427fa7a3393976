package org.cleanprod.resources;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.cleanprod.shared.units.MeasureUnit;

/**
 * A conversion factor: one unit ({@code perUnit}) of the resource gives {@code value} GJ,
 * TOE or tonnes of CO2, between the validity dates (open ends when null). A derived
 * factor was computed from another, not read in a table; its note says how (in
 * Vietnamese, {@code noteEn} in English, like {@code confidence} and
 * {@code confidenceEn}).
 */
public record FactorView(long id, String resourceCode, FactorKind kind, MeasureUnit perUnit, BigDecimal value,
		BigDecimal valueMax, LocalDate validFrom, LocalDate validTo, boolean derived, String sourceIds,
		String confidence, String confidenceEn, String note, String noteEn) {

	public boolean isValidOn(LocalDate date) {
		return (this.validFrom == null || !date.isBefore(this.validFrom))
				&& (this.validTo == null || !date.isAfter(this.validTo));
	}

}
