package org.cleanprod.planning;

import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.ReferenceScope;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Plans and targets in requests: drafts only for those who edit plans. */
@Configuration(proxyBeanMethods = false)
class PlanReferenceScopes {

	@Bean
	ReferenceScope planReferences(PlanningService planning) {
		return ReferenceScope.ofLong(ReferenceKind.PLAN, planning::isVisible);
	}

	@Bean
	ReferenceScope targetReferences(PlanningService planning) {
		return ReferenceScope.ofLong(ReferenceKind.TARGET, planning::isTargetVisible);
	}

}
