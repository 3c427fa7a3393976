package org.cleanprod.places;

/** Industrial zone (khu công nghiệp) or industrial cluster (cụm công nghiệp). */
public enum ZoneKind {

	ZONE, CLUSTER;

	public String messageKey() {
		return "reference.zoneKind." + name();
	}

}
