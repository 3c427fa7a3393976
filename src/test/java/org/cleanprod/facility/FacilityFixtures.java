package org.cleanprod.facility;

import java.util.List;

import org.cleanprod.reference.ReferenceService;
import org.cleanprod.reference.UnitLevel;
import org.cleanprod.shared.security.CurrentUser;

/**
 * Facilities for the tests of other modules: a registered facility of a fresh enterprise.
 */
public final class FacilityFixtures {

	private FacilityFixtures() {
	}

	/**
	 * Registers a facility of the given sector in an old ward of Thủ Dầu Một; returns its
	 * id.
	 */
	public static long facility(FacilityService service, ReferenceService reference, CurrentUser officer, String name,
			String sector) {
		long enterprise = service.registerEnterprise(new EnterpriseForm(Facilities.newTaxCode(), "Công ty " + name,
				null, null, Ownership.PRIVATE, null, null, null, null), officer);
		long unit = reference.units()
			.stream()
			.filter(candidate -> candidate.level() == UnitLevel.COMMUNE && candidate.name().equals("Phường Phú Cường"))
			.filter(candidate -> candidate.validTo() != null)
			.findFirst()
			.orElseThrow()
			.id();
		return service.register(new FacilityForm(enterprise, name, null, unit, null, sector, null, 100, true,
				FacilityStatus.ACTIVE, null, List.of(), null), officer);
	}

	/** Registers an enterprise with a fresh, valid tax code; returns its id. */
	public static long enterprise(FacilityService service, CurrentUser officer, String name) {
		return service.registerEnterprise(new EnterpriseForm(Facilities.newTaxCode(), name, null, null,
				Ownership.PRIVATE, null, null, null, null), officer);
	}

	/**
	 * Registers a facility of an enterprise in a commune-level unit (and zone, if any);
	 * returns its id.
	 */
	public static long facility(FacilityService service, CurrentUser officer, long enterprise, String name, long unitId,
			Long zoneId, String sector) {
		return service.register(new FacilityForm(enterprise, name, null, unitId, zoneId, sector, null, 100, true,
				FacilityStatus.ACTIVE, null, List.of(), null), officer);
	}

}
