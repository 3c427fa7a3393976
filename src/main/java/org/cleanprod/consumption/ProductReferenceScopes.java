package org.cleanprod.consumption;

import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.ReferenceScope;
import org.cleanprod.shared.security.References;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A product is seen with its facility. */
@Configuration(proxyBeanMethods = false)
class ProductReferenceScopes {

	@Bean
	ReferenceScope productReferences(JdbcClient jdbc, References references) {
		return ReferenceScope.ofLong(ReferenceKind.PRODUCT,
				(id, user) -> jdbc.sql("SELECT facility_id FROM product WHERE id = :id")
					.param("id", id)
					.query(Long.class)
					.optional()
					.filter(facility -> references.visible(ReferenceKind.FACILITY, facility, user))
					.isPresent());
	}

}
