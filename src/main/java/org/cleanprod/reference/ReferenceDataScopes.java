package org.cleanprod.reference;

import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.ReferenceScope;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reference data has no data scope: every role reads it (its pages need REFERENCE_READ,
 * its edits REFERENCE_EDIT), so an id is resolved by whether it exists.
 */
@Configuration(proxyBeanMethods = false)
class ReferenceDataScopes {

	@Bean
	ReferenceScope unitReferences(ReferenceService reference) {
		return ReferenceScope.ofLong(ReferenceKind.UNIT, (id, user) -> reference.unit(id).isPresent());
	}

	@Bean
	ReferenceScope zoneReferences(ReferenceService reference) {
		return ReferenceScope.ofLong(ReferenceKind.ZONE, (id, user) -> reference.zone(id).isPresent());
	}

	@Bean
	ReferenceScope agencyReferences(ReferenceService reference) {
		return ReferenceScope.ofLong(ReferenceKind.AGENCY, (id, user) -> reference.agency(id).isPresent());
	}

	@Bean
	ReferenceScope resourceReferences(ReferenceService reference) {
		return ReferenceScope.ofText(ReferenceKind.RESOURCE, (code, user) -> reference.resource(code).isPresent());
	}

	@Bean
	ReferenceScope factorReferences(ReferenceService reference) {
		return ReferenceScope.ofLong(ReferenceKind.FACTOR, (id, user) -> reference.factor(id).isPresent());
	}

	@Bean
	ReferenceScope settingReferences(ReferenceService reference) {
		return ReferenceScope.ofText(ReferenceKind.SETTING, (key, user) -> reference.setting(key).isPresent());
	}

}
