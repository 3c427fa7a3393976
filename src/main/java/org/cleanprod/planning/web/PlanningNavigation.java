package org.cleanprod.planning.web;

import org.cleanprod.shared.web.NavEntry;
import org.cleanprod.shared.web.NavGroup;

import org.cleanprod.shared.audit.AuditedType;

import org.cleanprod.planning.PlanningService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The plans' place in the navigation (every signed-in user reads them), and plans and
 * targets in the audit trail.
 */
@Configuration(proxyBeanMethods = false)
class PlanningNavigation {

	@Bean
	NavEntry plansNav() {
		return new NavEntry(70, NavGroup.PROGRAMME, "nav.plans", "/plans", null);
	}

	@Bean
	AuditedType planAudit() {
		return AuditedType.at(PlanningService.PLAN, null, "/plans/");
	}

	@Bean
	AuditedType targetAudit() {
		return new AuditedType(PlanningService.TARGET, null, entry -> "/plans/" + entry.stateField("planId"));
	}

}
