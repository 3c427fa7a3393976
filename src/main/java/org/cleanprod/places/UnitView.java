package org.cleanprod.places;

import org.cleanprod.shared.i18n.BilingualName;
import java.time.LocalDate;

/** An administrative unit as other modules see it. */
public record UnitView(long id, String code, String name, String nameEn, UnitLevel level, String unitType,
		Long parentId, LocalDate validFrom, LocalDate validTo) implements BilingualName {

	public boolean isValidOn(LocalDate date) {
		return (this.validFrom == null || !date.isBefore(this.validFrom))
				&& (this.validTo == null || !date.isAfter(this.validTo));
	}

}
