package org.cleanprod.assessment.web;

import java.util.List;

import org.cleanprod.assessment.AssessmentService;
import org.cleanprod.assessment.CpOptions;
import org.cleanprod.shared.audit.AuditedType;
import org.cleanprod.shared.security.Permission;
import org.cleanprod.shared.web.NavEntry;
import org.cleanprod.shared.web.NavGroup;
import org.cleanprod.shared.web.PageLink;
import org.cleanprod.shared.web.PageLinks;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where assessments are reached from: the programme menu (the list for their readers, the
 * method for everyone) and a facility's page (its assessments, and starting one);
 * assessments in the audit trail.
 */
@Configuration(proxyBeanMethods = false)
class AssessmentNavigation {

	@Bean
	NavEntry assessmentsNav() {
		return new NavEntry(75, NavGroup.PROGRAMME, "nav.assessments", "/assessments", Permission.ASSESSMENT_READ);
	}

	@Bean
	NavEntry assessmentMethodNav() {
		return new NavEntry(76, NavGroup.PROGRAMME, "nav.assessmentMethod", "/assessments/method", null);
	}

	@Bean
	PageLinks assessmentLinks() {
		return (page, id, user) -> {
			if (!"facility".equals(page) || !user.can(Permission.ASSESSMENT_READ)) {
				return List.of();
			}
			PageLink list = new PageLink(30, "assessment.link.list", "/assessments?facilityId=" + id);
			return AssessmentService.starts(user)
					? List.of(list, new PageLink(31, "assessment.link.start", "/assessments/new?facilityId=" + id))
					: List.of(list);
		};
	}

	@Bean
	AuditedType assessmentAudit() {
		return AuditedType.at(AssessmentService.ASSESSMENT, Permission.ASSESSMENT_READ, "/assessments/");
	}

	@Bean
	AuditedType optionAudit() {
		return new AuditedType(CpOptions.OPTION, Permission.ASSESSMENT_READ,
				entry -> "/assessments/" + entry.stateField("assessmentId"));
	}

}
