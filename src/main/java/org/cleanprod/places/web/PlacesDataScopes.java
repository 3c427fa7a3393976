package org.cleanprod.places.web;

import org.cleanprod.places.Places;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.ReferenceScope;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Units, zones and agencies have no data scope: every role reads them (their pages need
 * REFERENCE_READ, their edits REFERENCE_EDIT), so an id is resolved by whether it exists.
 */
@Configuration(proxyBeanMethods = false)
class PlacesDataScopes {

	@Bean
	ReferenceScope unitReferences(Places places) {
		return ReferenceScope.ofLong(ReferenceKind.UNIT, (id, user) -> places.unit(id).isPresent());
	}

	@Bean
	ReferenceScope zoneReferences(Places places) {
		return ReferenceScope.ofLong(ReferenceKind.ZONE, (id, user) -> places.zone(id).isPresent());
	}

	@Bean
	ReferenceScope agencyReferences(Places places) {
		return ReferenceScope.ofLong(ReferenceKind.AGENCY, (id, user) -> places.agency(id).isPresent());
	}

}
