package org.cleanprod.facility.web;

import org.cleanprod.facility.Contact;
import org.cleanprod.facility.Designation;
import org.cleanprod.facility.EnterpriseView;
import org.cleanprod.facility.FacilityStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.cleanprod.places.SectorView;
import org.cleanprod.places.UnitView;
import org.cleanprod.places.ZoneView;

/**
 * A facility with everything its page shows; {@code designatedEnergyUser} is the status
 * in force, {@code designation} how it came about.
 */
public record FacilityDetails(long id, String code, String name, String address, EnterpriseView enterprise,
		UnitView unit, String unitLabel, List<UnitView> reportingUnits, ZoneView zone, SectorView sector,
		String mainProducts, Integer employees, boolean cpPotential, boolean designatedEnergyUser,
		Designation designation, FacilityStatus status, LocalDate closedOn, List<Contact> contacts, Instant createdAt,
		Instant updatedAt, long version) {

}
