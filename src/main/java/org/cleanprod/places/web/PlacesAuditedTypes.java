package org.cleanprod.places.web;

import org.cleanprod.places.agency.AgencyService;
import org.cleanprod.places.unit.UnitService;
import org.cleanprod.places.zone.ZoneService;
import org.cleanprod.shared.audit.AuditedType;
import org.cleanprod.shared.security.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Units, zones and agencies in the audit trail, linked to their pages. */
@Configuration(proxyBeanMethods = false)
class PlacesAuditedTypes {

	@Bean
	AuditedType unitAudit() {
		return AuditedType.at(UnitService.ENTITY, Permission.REFERENCE_READ, "/reference/units/");
	}

	@Bean
	AuditedType zoneAudit() {
		return AuditedType.at(ZoneService.ENTITY, Permission.REFERENCE_READ, "/reference/zones/");
	}

	@Bean
	AuditedType agencyAudit() {
		return AuditedType.at(AgencyService.ENTITY, Permission.REFERENCE_READ, "/reference/agencies/");
	}

}
