package org.cleanprod.shared.web;

import java.util.List;

import org.cleanprod.shared.security.CurrentUser;

/**
 * Implemented by modules that add links to the pages of records they do not own, so that
 * a facility's page can lead to its energy data without the facility module knowing about
 * it.
 */
@FunctionalInterface
public interface PageLinks {

	/** The links for the page of one record (page names: "facility"), for this user. */
	List<PageLink> links(String page, long id, CurrentUser user);

}
