package org.cleanprod.places.unit;

import org.cleanprod.shared.i18n.Bilingual;
import org.cleanprod.shared.i18n.BilingualName;
import org.cleanprod.places.UnitLevel;
import java.time.LocalDate;

/** An administrative unit as the list, its export and the API show it. */
public record UnitRow(long id, String code, String name, String nameEn, UnitLevel level, String unitType, Long parentId,
		String parentName, String parentNameEn, LocalDate validFrom, LocalDate validTo) implements BilingualName {

	public String parentName(boolean english) {
		return Bilingual.inLanguage(english, this.parentName, this.parentNameEn);
	}

}
