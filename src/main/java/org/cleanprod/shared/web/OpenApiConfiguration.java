package org.cleanprod.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.cleanprod.shared.security.CurrentUser;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The title of the API description and how clients authenticate: a personal access token.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static {
		// The caller comes with the token, not in the query: never list its fields.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
	}

	@Bean
	OpenAPI cleanprodApi() {
		return new OpenAPI()
			.info(new Info().title("Cleanprod API")
				.version("v1")
				.description("The JSON API of Cleanprod, the cleaner-production information system. Every endpoint "
						+ "applies the caller's permissions and data scope; errors are RFC 9457 problem details. "
						+ "Authenticate with a personal access token (My account → API tokens) as "
						+ "'Authorization: Bearer <token>'. Names are Vietnamese unless lang=en.")
				.license(new License().name("Apache License 2.0")))
			.components(new Components().addSecuritySchemes("token",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}

}
