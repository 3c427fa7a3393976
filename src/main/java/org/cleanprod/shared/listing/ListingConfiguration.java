package org.cleanprod.shared.listing;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Binds {@link PageQuery} handler parameters with {@link PageQueryResolver}, and
 * describes them in the API document as the four query parameters it reads.
 */
@Configuration(proxyBeanMethods = false)
class ListingConfiguration implements WebMvcConfigurer {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(PageQuery.class);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new PageQueryResolver());
	}

	@Bean
	OperationCustomizer pageQueryParameters() {
		return (operation, handler) -> {
			if (Arrays.stream(handler.getMethodParameters())
				.anyMatch(parameter -> parameter.getParameterType() == PageQuery.class)) {
				parameters().forEach(operation::addParametersItem);
			}
			return operation;
		};
	}

	private static List<Parameter> parameters() {
		return List.of(query("page", "The page, from 1.", new IntegerSchema()._default(1).minimum(BigDecimal.ONE)),
				query("size", "Rows a page, at most " + PageQuery.MAX_SIZE + ".",
						new IntegerSchema()._default(PageQuery.DEFAULT_SIZE)
							.minimum(BigDecimal.ONE)
							.maximum(BigDecimal.valueOf(PageQuery.MAX_SIZE))),
				query("sort", "A sort key the operation offers; any other gives its default order.",
						new StringSchema()),
				query("dir", "The direction of the sort.", new StringSchema()._enum(List.of("asc", "desc"))));
	}

	private static Parameter query(String name, String description, Schema<?> schema) {
		return new Parameter().in("query").name(name).description(description).required(false).schema(schema);
	}

}
