package org.cleanprod.places;

/** Levels of the administrative hierarchy; the district level ended on 1 July 2025. */
public enum UnitLevel {

	PROVINCE, DISTRICT, COMMUNE;

	public String messageKey() {
		return "reference.level." + name();
	}

	/** Whether a unit of this level may be the parent of one of the other level. */
	public boolean isAbove(UnitLevel other) {
		return ordinal() < other.ordinal();
	}

}
