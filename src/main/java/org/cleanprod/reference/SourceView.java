package org.cleanprod.reference;

/**
 * A source of reference data, as cited by the {@code source_ids} of a row: a document,
 * web page or data set, with its address when it has one and its date as the source gives
 * it (a year, a month or a day). Unknown ids are shown with their id only.
 */
public record SourceView(String id, String title, String url, String date) {

	static SourceView unknown(String id) {
		return new SourceView(id, null, null, null);
	}

	public boolean isKnown() {
		return this.title != null;
	}

	/** The anchor of the source on the sources page. */
	public String anchor() {
		return "source-" + this.id;
	}

}
