package org.cleanprod.assessment;

import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.ReferenceScope;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Assessments in requests: those the caller may see. */
@Configuration(proxyBeanMethods = false)
class AssessmentReferenceScopes {

	@Bean
	ReferenceScope assessmentReferences(AssessmentService assessments) {
		return ReferenceScope.ofLong(ReferenceKind.ASSESSMENT, assessments::isVisible);
	}

}
