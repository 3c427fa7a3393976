package org.cleanprod.shared.web;

import org.cleanprod.shared.security.References;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks every handler's {@link org.cleanprod.shared.security.Scoped} ids first.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/** After the permission check, before anything else looks at the request. */
	static final int SCOPED_PARAMETERS_ORDER = 100;

	private final References references;

	WebConfiguration(References references) {
		this.references = references;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new ScopedParameters(this.references)).order(SCOPED_PARAMETERS_ORDER);
	}

}
