package org.cleanprod.places.unit;

/**
 * How much of a predecessor's territory went to a successor: all of it ("toàn bộ") or a
 * part ("một phần"), when a unit was split among several new ones.
 */
public enum Share {

	WHOLE, PART;

	public String messageKey() {
		return "reference.share." + name();
	}

}
