package org.cleanprod.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.cleanprod.shared.security.CurrentUser;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API description: its title and licence, how clients authenticate (a personal access
 * token), and the problem responses of every operation.
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
				.license(new License().name("Apache License 2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
			// Relative to where the description is read: the installation that serves it.
			.addServersItem(new Server().url("/").description("This installation"))
			.components(ApiProblemResponses.describe(new Components())
				.addSecuritySchemes("token",
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.description("A personal access token (My account → API tokens)")))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}

	@Bean
	OperationCustomizer apiProblemResponses() {
		return new ApiProblemResponses();
	}

}
