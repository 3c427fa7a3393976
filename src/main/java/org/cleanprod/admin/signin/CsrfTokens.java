package org.cleanprod.admin.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where CSRF tokens are kept: in the session once there is one (every signed-in user has
 * one), otherwise in a cookie. So the sign-in form and the error pages an anonymous
 * visitor sees carry a token without storing a session in the database for every visit,
 * and a signed-in user's token is bound to their session, where a cookie planted from a
 * neighbouring subdomain cannot replace it.
 */
public final class CsrfTokens implements CsrfTokenRepository {

	public static final String COOKIE = "cleanprod-csrf";

	/** The header htmx sends the token in (the page names it in a meta tag). */
	static final String HEADER = "X-CSRF-TOKEN";

	private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();

	public CsrfTokens() {
		this.sessions.setHeaderName(HEADER);
		this.cookies.setCookieName(COOKIE);
		this.cookies.setHeaderName(HEADER);
		this.cookies.setCookieCustomizer(cookie -> cookie.sameSite("Strict").httpOnly(true));
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return this.sessions.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null) {
			this.sessions.saveToken(token, request, response);
		}
		if (request.getSession(false) == null || (token == null && this.cookies.loadToken(request) != null)) {
			this.cookies.saveToken(token, request, response);
		}
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return (request.getSession(false) != null) ? this.sessions.loadToken(request) : this.cookies.loadToken(request);
	}

}
