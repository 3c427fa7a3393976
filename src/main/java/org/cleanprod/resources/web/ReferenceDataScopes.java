package org.cleanprod.resources.web;

import org.cleanprod.resources.Resources;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.ReferenceScope;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Resources, factors and settings have no data scope: every role reads them (their pages
 * need REFERENCE_READ, their edits REFERENCE_EDIT), so an id is resolved by whether it
 * exists.
 */
@Configuration(proxyBeanMethods = false)
class ReferenceDataScopes {

	@Bean
	ReferenceScope resourceReferences(Resources reference) {
		return ReferenceScope.ofText(ReferenceKind.RESOURCE, (code, user) -> reference.resource(code).isPresent());
	}

	@Bean
	ReferenceScope factorReferences(Resources reference) {
		return ReferenceScope.ofLong(ReferenceKind.FACTOR, (id, user) -> reference.factor(id).isPresent());
	}

	@Bean
	ReferenceScope settingReferences(Resources reference) {
		return ReferenceScope.ofText(ReferenceKind.SETTING, (key, user) -> reference.setting(key).isPresent());
	}

}
