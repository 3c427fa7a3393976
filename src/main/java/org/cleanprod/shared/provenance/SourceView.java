package org.cleanprod.shared.provenance;

import org.cleanprod.shared.i18n.Bilingual;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A source of reference data, as cited by the {@code source_ids} of a row: a document,
 * web page or data set, with its address when it has one and its date as the source gives
 * it (a year, a month or a day). Unknown ids are shown with their id only. The title is
 * the analyst's description in Vietnamese ({@code titleEn} in English); the published
 * titles it quotes are kept as published in both.
 */
public record SourceView(String id, String title, String titleEn, String url, String date) {

	private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

	static SourceView unknown(String id) {
		return new SourceView(id, null, null, null, null);
	}

	public String title(boolean english) {
		return Bilingual.inLanguage(english, this.title, this.titleEn);
	}

	public boolean isKnown() {
		return this.title != null;
	}

	/**
	 * The date in Vietnamese order: "2016-07-19" as 19/07/2016, "2025-04" as 04/2025;
	 * years and ranges as given.
	 */
	public String formattedDate() {
		if (this.date == null) {
			return null;
		}
		Matcher day = DAY.matcher(this.date);
		if (day.matches()) {
			return day.group(3) + "/" + day.group(2) + "/" + day.group(1);
		}
		Matcher month = MONTH.matcher(this.date);
		return month.matches() ? month.group(2) + "/" + month.group(1) : this.date;
	}

	/** The anchor of the source on the sources page. */
	public String anchor() {
		return "source-" + this.id;
	}

}
