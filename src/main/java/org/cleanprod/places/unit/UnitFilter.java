package org.cleanprod.places.unit;

import org.cleanprod.places.UnitLevel;
import org.cleanprod.places.UnitPeriod;
import java.time.LocalDate;

import org.cleanprod.shared.text.Texts;

/**
 * Criteria of the unit list, its export and the API; null fields do not filter. {@code q}
 * is matched without accents against code and names, word by word; {@code validOn} keeps
 * the units in force that day, {@code period} those whose validity overlaps the period.
 */
public record UnitFilter(String q, UnitLevel level, LocalDate validOn, UnitPeriod period, Long parentId) {

	public UnitFilter {
		q = Texts.blankToNull(q);
	}

	public static UnitFilter none() {
		return new UnitFilter(null, null, null, null, null);
	}

}
