package org.cleanprod.consumption.web;

import java.util.List;

import org.cleanprod.shared.security.Permission;
import org.cleanprod.shared.web.NavEntry;
import org.cleanprod.shared.web.NavGroup;
import org.cleanprod.shared.web.PageLink;
import org.cleanprod.shared.web.PageLinks;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the records are reached from: the facility's page; and the import of figures of
 * several facilities, from the main navigation.
 */
@Configuration(proxyBeanMethods = false)
class ConsumptionNavigation {

	@Bean
	PageLinks consumptionLinks() {
		return (page, id, user) -> ("facility".equals(page) && user.can(Permission.FACILITY_READ))
				? List.of(new PageLink(10, "consumption.link", "/consumption/facilities/" + id)) : List.of();
	}

	@Bean
	NavEntry consumptionImportNavigation() {
		return new NavEntry(30, NavGroup.DATA, "nav.consumptionImport", "/consumption/import",
				Permission.CONSUMPTION_EDIT);
	}

}
