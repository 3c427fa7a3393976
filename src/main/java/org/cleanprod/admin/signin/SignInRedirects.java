package org.cleanprod.admin.signin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.web.util.UriUtils;

/**
 * Back to the page asked for after sign-in, without a session: a page that needs a
 * signed-in user sends the visitor to {@code /login?continue=/that/page}, the form
 * carries the path along, and a successful sign-in goes there. Only a path of this
 * application is followed (never {@code //host} or an address), so the parameter cannot
 * send anyone elsewhere; anything else lands on the home page.
 */
final class SignInRedirects {

	static final String LOGIN = "/login";

	static final String PARAMETER = "continue";

	private static final int MAX_LENGTH = 2000;

	private SignInRedirects() {
	}

	/** Whether a {@code continue} value is a path of this application. */
	static boolean isLocalPath(String target) {
		return target != null && target.length() <= MAX_LENGTH && target.startsWith("/") && !target.startsWith("//")
				&& !target.startsWith(LOGIN) && target.chars().noneMatch(c -> c == '\\' || c < 0x20 || c == 0x7f);
	}

	/** {@code continue=} and the path, encoded for a query. */
	static String continueParameter(String target) {
		return PARAMETER + "=" + UriUtils.encodeQueryParam(target, StandardCharsets.UTF_8);
	}

	/**
	 * Sends to the sign-in page, naming the page asked for when it is one to return to.
	 */
	static final class EntryPoint extends LoginUrlAuthenticationEntryPoint {

		EntryPoint() {
			super(LOGIN);
		}

		@Override
		protected String determineUrlToUseForThisRequest(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) {
			// An htmx request asks for a fragment, which is no page to return to.
			if (!"GET".equals(request.getMethod()) || request.getHeader("HX-Request") != null) {
				return LOGIN;
			}
			String target = request.getRequestURI().substring(request.getContextPath().length())
					+ ((request.getQueryString() != null) ? "?" + request.getQueryString() : "");
			if ("/".equals(target) || !isLocalPath(target)) {
				return LOGIN;
			}
			return LOGIN + "?" + continueParameter(target);
		}

	}

	/** After sign-in: the page asked for, or the home page. */
	static final class Success implements AuthenticationSuccessHandler {

		private final RedirectStrategy redirects = new DefaultRedirectStrategy();

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws IOException {
			String target = request.getParameter(PARAMETER);
			this.redirects.sendRedirect(request, response, isLocalPath(target) ? target : "/");
		}

	}

}
