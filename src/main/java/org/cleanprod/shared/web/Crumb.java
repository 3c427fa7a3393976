package org.cleanprod.shared.web;

/**
 * One step of the breadcrumb trail: a message key and a link (null for the current page).
 */
public record Crumb(String labelKey, String href) {

	public static Crumb link(String labelKey, String href) {
		return new Crumb(labelKey, href);
	}

	public static Crumb here(String labelKey) {
		return new Crumb(labelKey, null);
	}

}
