package org.cleanprod.resources.web;

import org.cleanprod.shared.security.Permission;
import org.cleanprod.shared.web.NavEntry;
import org.cleanprod.shared.web.NavGroup;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reference data's place in the navigation. */
@Configuration(proxyBeanMethods = false)
class ReferenceNavigation {

	@Bean
	NavEntry referenceNav() {
		return new NavEntry(80, NavGroup.ADMINISTRATION, "nav.reference", "/reference", Permission.REFERENCE_READ);
	}

}
