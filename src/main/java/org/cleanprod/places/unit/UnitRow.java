package org.cleanprod.places.unit;

import org.cleanprod.places.UnitLevel;
import java.time.LocalDate;

/** An administrative unit as the list, its export and the API show it. */
public record UnitRow(long id, String code, String name, String nameEn, UnitLevel level, String unitType, Long parentId,
		String parentName, String parentNameEn, LocalDate validFrom, LocalDate validTo) {

	public String name(boolean english) {
		return (english && this.nameEn != null) ? this.nameEn : this.name;
	}

	public String parentName(boolean english) {
		return (english && this.parentNameEn != null) ? this.parentNameEn : this.parentName;
	}

}
