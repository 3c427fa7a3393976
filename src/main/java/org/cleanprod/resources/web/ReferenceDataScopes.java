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
		return ReferenceScope.existingText(ReferenceKind.RESOURCE, reference::resource);
	}

	@Bean
	ReferenceScope factorReferences(Resources reference) {
		return ReferenceScope.existingLong(ReferenceKind.FACTOR, reference::factor);
	}

	@Bean
	ReferenceScope settingReferences(Resources reference) {
		return ReferenceScope.existingText(ReferenceKind.SETTING, reference::setting);
	}

}
