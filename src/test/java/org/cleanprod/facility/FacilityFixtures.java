package org.cleanprod.facility;

import org.cleanprod.facility.web.EnterpriseForm;
import org.cleanprod.facility.web.FacilityForm;
import java.time.LocalDate;
import java.util.List;

import org.cleanprod.places.Places;
import org.cleanprod.places.UnitLevel;
import org.cleanprod.places.UnitView;
import org.cleanprod.shared.i18n.Formats;
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
	public static long facility(FacilityService service, Places reference, CurrentUser officer, String name,
			String sector) {
		long enterprise = service.registerEnterprise(new EnterpriseForm(Facilities.newTaxCode(), "Công ty " + name,
				null, null, Ownership.PRIVATE, null, null, null, null), officer);
		long unit = currentCommune(reference, "Phường Phú Cường").id();
		return service.register(new FacilityForm(enterprise, name, null, unit, null, sector, null, 100, true,
				FacilityStatus.ACTIVE, null, List.of(), null), officer);
	}

	/**
	 * The commune in force today of this name, or, for a ward that ended in 2025, the one
	 * that took it over: facilities are registered on today's units only.
	 */
	public static UnitView currentCommune(Places reference, String name) {
		LocalDate today = LocalDate.now(Formats.ZONE);
		List<UnitView> named = reference.units()
			.stream()
			.filter(unit -> unit.level() == UnitLevel.COMMUNE && unit.name().equals(name))
			.toList();
		return named.stream()
			.filter(unit -> unit.isValidOn(today))
			.findFirst()
			.or(() -> named.stream()
				.flatMap(unit -> reference.successors(unit.id()).stream())
				.filter(unit -> unit.isValidOn(today))
				.findFirst())
			.orElseThrow(() -> new IllegalArgumentException("no commune " + name));
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
