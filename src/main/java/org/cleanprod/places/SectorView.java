package org.cleanprod.places;

import org.cleanprod.shared.i18n.BilingualName;

/** A VSIC 2018 section (letter) or division (two digits). */
public record SectorView(String code, String level, String sectionCode, String name,
		String nameEn) implements BilingualName {

	public boolean isDivision() {
		return "DIVISION".equals(this.level);
	}

}
