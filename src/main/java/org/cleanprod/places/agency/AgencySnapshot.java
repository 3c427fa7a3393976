package org.cleanprod.places.agency;

import org.cleanprod.places.AgencyKind;

/** The state of an agency as the audit trail records it and its history compares it. */
public record AgencySnapshot(String code, String name, String nameEn, AgencyKind kind, boolean active) {

	static AgencySnapshot of(Agency agency) {
		return new AgencySnapshot(agency.getCode(), agency.getName(), agency.getNameEn(), agency.getKind(),
				agency.isActive());
	}

}
