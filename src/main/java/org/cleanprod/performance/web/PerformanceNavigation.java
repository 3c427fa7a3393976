package org.cleanprod.performance.web;

import java.util.List;

import org.cleanprod.shared.security.Permission;
import org.cleanprod.shared.web.NavEntry;
import org.cleanprod.shared.web.NavGroup;
import org.cleanprod.shared.web.PageLink;
import org.cleanprod.shared.web.PageLinks;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The data-quality queue in the navigation; a facility's performance from its page; the
 * recomputation of indicators from the resources page.
 */
@Configuration(proxyBeanMethods = false)
class PerformanceNavigation {

	@Bean
	NavEntry qualityNav() {
		return new NavEntry(40, NavGroup.DATA, "nav.quality", "/performance/quality", Permission.QUALITY_REVIEW);
	}

	@Bean
	PageLinks performanceLinks() {
		return (page, id, user) -> {
			if ("facility".equals(page) && user.can(Permission.FACILITY_READ)) {
				return List.of(new PageLink(20, "consumption.performance.link", "/performance/facilities/" + id));
			}
			if ("resources".equals(page) && user.can(Permission.REFERENCE_EDIT)) {
				return List.of(new PageLink(20, "performance.recompute.link", "/performance/recompute"));
			}
			return List.of();
		};
	}

}
