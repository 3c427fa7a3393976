package org.cleanprod.planning.web;

import org.cleanprod.shared.web.NavEntry;
import org.cleanprod.shared.web.NavGroup;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plans' place in the navigation: every signed-in user reads them. */
@Configuration(proxyBeanMethods = false)
class PlanningNavigation {

	@Bean
	NavEntry plansNav() {
		return new NavEntry(70, NavGroup.PROGRAMME, "nav.plans", "/plans", null);
	}

}
