package org.cleanprod.shared.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers shared by search and matching. */
public final class Texts {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private Texts() {
	}

	/**
	 * Folds Vietnamese text for accent-insensitive search: lower case, diacritics
	 * removed, "đ" read as "d", runs of white space collapsed. "Thủ Dầu Một" and "thu dau
	 * mot" fold alike.
	 */
	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String stripped = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
		return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	/**
	 * The text cut to at most {@code max} characters, ending in an ellipsis when cut: for
	 * values echoed back in messages, so that a huge value never makes a huge page.
	 */
	public static String abbreviate(String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		int end = max - 1;
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end) + "…";
	}

	/** Trims and turns blank into null, for optional form and import fields. */
	public static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
