package org.cleanprod.shared.web;

/**
 * The menus of the main navigation, one per task, in the order they are shown: the
 * registry of enterprises and facilities; the figures they report and their quality; the
 * programme's plans and targets; reporting; and the administration of users, reference
 * data and limits. A menu with no entry the user may open is not shown.
 */
public enum NavGroup {

	REGISTRY, DATA, PROGRAMME, REPORTING, ADMINISTRATION;

	public String messageKey() {
		return "nav.group." + name().toLowerCase(java.util.Locale.ROOT);
	}

	/** The id of the menu's button in pages, for tests and labels. */
	public String elementId() {
		return "nav-" + name().toLowerCase(java.util.Locale.ROOT);
	}

}
