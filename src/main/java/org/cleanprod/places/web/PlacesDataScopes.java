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
		return ReferenceScope.existingLong(ReferenceKind.UNIT, places::unit);
	}

	@Bean
	ReferenceScope zoneReferences(Places places) {
		return ReferenceScope.existingLong(ReferenceKind.ZONE, places::zone);
	}

	@Bean
	ReferenceScope agencyReferences(Places places) {
		return ReferenceScope.existingLong(ReferenceKind.AGENCY, places::agency);
	}

}
