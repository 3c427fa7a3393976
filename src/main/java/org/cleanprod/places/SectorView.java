package org.cleanprod.places;

/** A VSIC 2018 section (letter) or division (two digits). */
public record SectorView(String code, String level, String sectionCode, String name, String nameEn) {

	public boolean isDivision() {
		return "DIVISION".equals(this.level);
	}

}
