package org.cleanprod.admin.signin;

import java.lang.reflect.Method;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Authorization before anything is read from the request. Method security checks an
 * endpoint's {@code @PreAuthorize} when the method is called, which is after Spring MVC
 * has converted its path variables and parameters and bound and validated its body: a
 * caller without the permission got 400 with the body's validation errors (or a
 * conversion error) instead of 403. This interceptor evaluates the same annotation, with
 * the same expression handler, as soon as the handler is known, for every page and API
 * endpoint; {@code @PreAuthorize} stays on the methods (and is checked again there).
 * <p>
 * An expression that names a method argument ({@code #id}) cannot be evaluated before
 * binding; it is left to method security. Cleanprod has none.
 */
@Component
class AuthorizeBeforeBinding implements HandlerInterceptor, WebMvcConfigurer {

	private final PreAuthorizeAuthorizationManager preAuthorize = new PreAuthorizeAuthorizationManager();

	AuthorizeBeforeBinding(MethodSecurityExpressionHandler expressions) {
		this.preAuthorize.setExpressionHandler(expressions);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).order(Ordered.HIGHEST_PRECEDENCE);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method) || namesAnArgument(method)) {
			return true;
		}
		AuthorizationResult result = this.preAuthorize.authorize(
				() -> SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication(),
				new SimpleMethodInvocation(method.getBean(), method.getMethod()));
		if (result != null && !result.isGranted()) {
			throw new AuthorizationDeniedException("Access Denied", result);
		}
		return true;
	}

	private static boolean namesAnArgument(HandlerMethod handler) {
		Method method = handler.getMethod();
		PreAuthorize annotation = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
		if (annotation == null) {
			annotation = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
		}
		return annotation != null && annotation.value().contains("#");
	}

}
