package org.cleanprod.facility;

import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.ReferenceScope;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How ids of facilities and enterprises in requests are resolved through the scope. */
@Configuration(proxyBeanMethods = false)
class FacilityReferenceScopes {

	@Bean
	ReferenceScope facilityReferences(FacilityService facilities) {
		return ReferenceScope.ofLong(ReferenceKind.FACILITY, facilities::isFacilityVisible);
	}

	@Bean
	ReferenceScope enterpriseReferences(FacilityService facilities) {
		return ReferenceScope.ofLong(ReferenceKind.ENTERPRISE, facilities::isEnterpriseVisible);
	}

}
