package org.cleanprod.facility;

import org.cleanprod.places.Places;
import org.cleanprod.shared.jdbc.Where;
import org.cleanprod.shared.security.Scope;

import org.springframework.stereotype.Component;

/**
 * The facilities a data scope lets a user see, as SQL conditions on the facility table
 * (alias {@code f}). District officers see facilities placed in their units, their
 * descendants and predecessors; zone officers those in their board's zones; enterprise
 * users their enterprise's; consultants those assigned to them; agency users none.
 */
@Component
class FacilityScope {

	private final Places reference;

	FacilityScope(Places reference) {
		this.reference = reference;
	}

	Where restrict(Where where, Scope scope) {
		return switch (scope.kind()) {
			case ALL -> where;
			case UNITS -> where.in("f.unit_id", "scopeUnits", this.reference.coveredBy(scope.unitIds()));
			case ZONE_BOARD -> where.in("f.zone_id", "scopeZones",
					(scope.agencyId() != null) ? this.reference.zonesOfBoard(scope.agencyId()) : java.util.Set.of());
			case ENTERPRISE -> (scope.enterpriseId() != null)
					? where.and("f.enterprise_id = :scopeEnterprise", "scopeEnterprise", scope.enterpriseId())
					: where.and("1 = 0");
			case ASSIGNED ->
				where.and("f.id IN (SELECT a.facility_id FROM facility_assignment a WHERE a.user_id = :scopeUser)",
						"scopeUser", scope.userId());
			case AGENCY -> where.and("1 = 0");
		};
	}

	/** Whether a facility placed in this unit and zone would be inside the scope. */
	boolean admits(Scope scope, Long unitId, Long zoneId, Long enterpriseId) {
		return switch (scope.kind()) {
			case ALL -> true;
			case UNITS -> unitId != null && this.reference.coveredBy(scope.unitIds()).contains(unitId);
			case ZONE_BOARD -> zoneId != null && scope.agencyId() != null
					&& this.reference.zonesOfBoard(scope.agencyId()).contains(zoneId);
			case ENTERPRISE -> enterpriseId != null && enterpriseId.equals(scope.enterpriseId());
			case ASSIGNED, AGENCY -> false;
		};
	}

}
