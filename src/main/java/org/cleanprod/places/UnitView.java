package org.cleanprod.places;

import java.time.LocalDate;

/** An administrative unit as other modules see it. */
public record UnitView(long id, String code, String name, String nameEn, UnitLevel level, String unitType,
		Long parentId, LocalDate validFrom, LocalDate validTo) {

	/**
	 * The name in the given language; units have official Vietnamese names only, mostly.
	 */
	public String name(boolean english) {
		return (english && this.nameEn != null) ? this.nameEn : this.name;
	}

	public boolean isValidOn(LocalDate date) {
		return (this.validFrom == null || !date.isBefore(this.validFrom))
				&& (this.validTo == null || !date.isAfter(this.validTo));
	}

}
