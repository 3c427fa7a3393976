package org.cleanprod.shared.imports;

import java.util.List;

import org.cleanprod.shared.web.Crumb;

/**
 * What an importer tells the job's page: the crumbs leading to it, a line naming what the
 * file is for (null for none), the upload page (also where a corrected file is posted),
 * the links offered once the file is written or refused, and the message key of the label
 * of a row where rows are listed one by one.
 */
public record ImportPage(List<Crumb> crumbs, Line subject, String uploadUrl, List<Link> links, String rowLabelKey) {

	public ImportPage {
		crumbs = List.copyOf(crumbs);
		links = List.copyOf(links);
	}

	/** A message and its arguments. */
	public record Line(String key, Object... arguments) {
	}

	/** A link with its element id, for tests and journeys to find it. */
	public record Link(String id, String labelKey, String href) {
	}

}
