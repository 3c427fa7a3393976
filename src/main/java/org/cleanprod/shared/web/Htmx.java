package org.cleanprod.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * htmx request detection: filters and paging ask for a fragment instead of the whole
 * page.
 */
public final class Htmx {

	private Htmx() {
	}

	public static boolean isRequest(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"))
				&& !"true".equals(request.getHeader("HX-History-Restore-Request"));
	}

	/** The full page, or only the named fragment when htmx asks. */
	public static String view(HttpServletRequest request, String page, String fragment) {
		return isRequest(request) ? fragment : page;
	}

}
