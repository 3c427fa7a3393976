package org.cleanprod.shared;

import java.util.List;

import org.cleanprod.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page and API endpoint of Cleanprod declares the permission it needs. */
@IntegrationTest
class EndpointPermissionTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyEndpointDeclaresItsPermission() {
		List<String> undeclared = this.mappings.getHandlerMethods()
			.entrySet()
			.stream()
			.filter(entry -> entry.getValue().getBeanType().getName().startsWith("org.cleanprod."))
			.filter(entry -> !ErrorController.class.isAssignableFrom(entry.getValue().getBeanType()))
			.filter(entry -> !declaresPermission(entry.getValue()))
			.map(entry -> entry.getKey() + " → " + entry.getValue())
			.toList();
		assertThat(undeclared).isEmpty();
	}

	private static boolean declaresPermission(HandlerMethod method) {
		return AnnotatedElementUtils.hasAnnotation(method.getMethod(), PreAuthorize.class)
				|| AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PreAuthorize.class);
	}

}
