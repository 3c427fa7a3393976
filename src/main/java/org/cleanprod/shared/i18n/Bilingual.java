package org.cleanprod.shared.i18n;

import org.cleanprod.shared.text.Texts;
import org.cleanprod.shared.web.InvalidFormException;

/**
 * The texts of reference data are written in Vietnamese and, optionally, English (a
 * column and its {@code _en} twin). Vietnamese comes first: an English text may be left
 * out (readers of English then see the Vietnamese one), a Vietnamese one may not be while
 * its English is given, so that no Vietnamese reader is ever shown English.
 */
public final class Bilingual {

	private Bilingual() {
	}

	/**
	 * The text a reader sees: the English one for readers of English, when there is one.
	 */
	public static String inLanguage(boolean english, String vietnamese, String englishText) {
		return (english && englishText != null && !englishText.isBlank()) ? englishText : vietnamese;
	}

	/** Rejects the field when its English text is given without its Vietnamese one. */
	public static void requireVietnamese(InvalidFormException.Collector errors, String field, String vietnamese,
			String english) {
		if (Texts.blankToNull(english) != null && Texts.blankToNull(vietnamese) == null) {
			errors.reject(field, "reference.text.vietnameseMissing");
		}
	}

	/** The same for what is said about a record: its confidence and its note. */
	public static void requireVietnamese(InvalidFormException.Collector errors, String confidence, String confidenceEn,
			String note, String noteEn) {
		requireVietnamese(errors, "confidence", confidence, confidenceEn);
		requireVietnamese(errors, "note", note, noteEn);
	}

}
