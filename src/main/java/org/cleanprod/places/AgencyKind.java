package org.cleanprod.places;

/** Kinds of agencies; industrial zones belong to a {@link #ZONE_BOARD}. */
public enum AgencyKind {

	DEPARTMENT, ZONE_BOARD, DISTRICT, MEDIA, OTHER;

	public String messageKey() {
		return "reference.agencyKind." + name();
	}

}
