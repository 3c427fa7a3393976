package org.cleanprod.facility;

/** Whether a facility operates or has closed. */
public enum FacilityStatus {

	ACTIVE, CLOSED;

	public String messageKey() {
		return "facility.status." + name();
	}

}
