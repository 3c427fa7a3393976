package org.cleanprod.facility;

import java.time.LocalDate;
import java.util.List;

/**
 * The state of a facility as the audit trail records it and its history page compares it.
 */
record FacilitySnapshot(String code, Long enterpriseId, String name, String address, Long unitId, Long zoneId,
		String sectorCode, String mainProducts, Integer employees, boolean cpPotential, boolean designatedEnergyUser,
		Boolean designationOverride, String designationReason, FacilityStatus status, LocalDate closedOn,
		List<Contact> contacts) {

	static FacilitySnapshot of(Facility facility) {
		return new FacilitySnapshot(facility.getCode(), facility.getEnterpriseId(), facility.getName(),
				facility.getAddress(), facility.getUnitId(), facility.getZoneId(), facility.getSectorCode(),
				facility.getMainProducts(), facility.getEmployees(), facility.isCpPotential(),
				facility.isDesignatedEnergyUser(), facility.getDesignationOverride(), facility.getDesignationReason(),
				facility.getStatus(), facility.getClosedOn(), facility.getContacts());
	}

}
