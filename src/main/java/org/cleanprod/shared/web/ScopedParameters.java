package org.cleanprod.shared.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.References;
import org.cleanprod.shared.security.Scoped;

import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Resolves the {@link Scoped} path variables and request parameters of a handler through
 * the caller's scope before anything of the request is bound or validated: an id the
 * caller may not see answers 404, whatever the rest of the request says.
 */
class ScopedParameters implements HandlerInterceptor {

	private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

	private final References references;

	ScopedParameters(References references) {
		this.references = references;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		for (MethodParameter parameter : method.getMethodParameters()) {
			Scoped scoped = parameter.getParameterAnnotation(Scoped.class);
			if (scoped != null) {
				for (String id : values(request, parameter)) {
					if (!id.isBlank()) {
						this.references.require(scoped.value(), id, CurrentUser.current());
					}
				}
			}
		}
		return true;
	}

	/**
	 * The texts a request gives the parameter: one for a path variable, any for a query.
	 */
	private static String[] values(HttpServletRequest request, MethodParameter parameter) {
		parameter.initParameterNameDiscovery(NAMES);
		PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
		if (path != null) {
			@SuppressWarnings("unchecked")
			Map<String, String> variables = (Map<String, String>) request
				.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
			String value = (variables != null) ? variables.get(name(path.name(), path.value(), parameter)) : null;
			return (value != null) ? new String[] { value } : new String[0];
		}
		RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
		String[] values = request.getParameterValues(
				(query != null) ? name(query.name(), query.value(), parameter) : name("", "", parameter));
		return (values != null) ? values : new String[0];
	}

	/** The name an annotation declares (as name or value), else the parameter's own. */
	private static String name(String name, String value, MethodParameter parameter) {
		return !name.isEmpty() ? name : !value.isEmpty() ? value : parameter.getParameterName();
	}

}
