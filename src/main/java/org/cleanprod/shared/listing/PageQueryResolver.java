package org.cleanprod.shared.listing;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Binds a {@link PageQuery} handler parameter from {@code page}, {@code size},
 * {@code sort} and {@code dir}; a page or size that is not a whole number is refused as
 * any malformed parameter is (400).
 */
class PageQueryResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == PageQuery.class;
	}

	@Override
	public PageQuery resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest request, WebDataBinderFactory binders) {
		int page = number(request, parameter, "page", 1);
		int size = number(request, parameter, "size", PageQuery.DEFAULT_SIZE);
		String sort = request.getParameter("sort");
		return new PageQuery(page, size, (sort == null || sort.isBlank()) ? null : sort,
				"desc".equalsIgnoreCase(request.getParameter("dir")));
	}

	private static int number(NativeWebRequest request, MethodParameter parameter, String name, int fallback) {
		String value = request.getParameter(name);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new MethodArgumentTypeMismatchException(value, Integer.class, name, parameter, ex);
		}
	}

}
