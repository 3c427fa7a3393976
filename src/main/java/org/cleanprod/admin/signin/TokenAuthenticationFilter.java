package org.cleanprod.admin.signin;

import org.cleanprod.admin.account.AccessTokens;
import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls carrying {@code Authorization: Bearer <token>} for the one
 * request; a missing, wrong, expired or revoked token answers 401 without falling back to
 * the session. Only a request authenticated here is exempt from CSRF protection (see
 * {@link #authenticatedByToken}): any other {@code Authorization} header ({@code Basic},
 * a bare {@code Bearer}) leaves a session-authenticated request needing its CSRF token.
 */
class TokenAuthenticationFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer";

	private static final String AUTHENTICATED = TokenAuthenticationFilter.class.getName() + ".AUTHENTICATED";

	private final AccessTokens tokens;

	private final ProblemResponses problems;

	TokenAuthenticationFilter(AccessTokens tokens, ProblemResponses problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (!isBearer(header)) {
			chain.doFilter(request, response);
			return;
		}
		var user = this.tokens.authenticate(header.substring(BEARER.length()).strip());
		if (user.isEmpty()) {
			this.problems.unauthorized(request, response, new BadCredentialsException("invalid token"));
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities()));
		SecurityContextHolder.setContext(context);
		request.setAttribute(AUTHENTICATED, Boolean.TRUE);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Whether this request was authenticated by a valid token (not by a session). */
	static boolean authenticatedByToken(HttpServletRequest request) {
		return Boolean.TRUE.equals(request.getAttribute(AUTHENTICATED));
	}

	private static boolean isBearer(String header) {
		return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
				&& (header.length() == BEARER.length() || Character.isWhitespace(header.charAt(BEARER.length())));
	}

}
