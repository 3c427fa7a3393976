package org.cleanprod.facility;

/** Ownership of an enterprise: state, private (domestic) or foreign-invested. */
public enum Ownership {

	STATE, PRIVATE, FOREIGN;

	public String messageKey() {
		return "ownership." + name();
	}

}
