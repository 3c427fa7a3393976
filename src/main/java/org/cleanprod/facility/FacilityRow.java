package org.cleanprod.facility;

import java.time.Instant;

/** A facility as lists and exports show it, with its first contact. */
public record FacilityRow(long id, String code, String name, long enterpriseId, String enterpriseName, String taxCode,
		Ownership ownership, String address, long unitId, String unitLabel, Long zoneId, String zoneName,
		String sectorCode, String mainProducts, Integer employees, boolean cpPotential, boolean designatedEnergyUser,
		FacilityStatus status, Contact contact, Instant updatedAt) {

}
