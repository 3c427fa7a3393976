package org.cleanprod.shared.i18n;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a number written as text separates thousands and decimals: Vietnamese "1.234,5" or
 * English "1,234.5". Text is only ever parsed in one declared style, never guessed value
 * by value: "1.234" is 1234 in Vietnamese and 1.234 in English, and only the style says
 * which. In either style thousands may be grouped by the style's separator (in groups of
 * three, the first of one to three digits and not zero) or by spaces, or not at all; the
 * decimal mark appears at most once; an exponent ("1,5E3", "1.5E3") is read too.
 */
public enum NumberStyle {

	/**
	 * Thousands by dots, decimals by a comma: 1.234.567,89 (TCVN, the Vietnamese locale).
	 */
	VIETNAMESE('.', ','),
	/** Thousands by commas, decimals by a dot: 1,234,567.89. */
	ENGLISH(',', '.');

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]+");

	private final char grouping;

	private final char decimal;

	private final Pattern pattern;

	NumberStyle(char grouping, char decimal) {
		this.grouping = grouping;
		this.decimal = decimal;
		String g = Pattern.quote(String.valueOf(grouping));
		String d = Pattern.quote(String.valueOf(decimal));
		this.pattern = Pattern
			.compile("([+-]?)((?:[1-9]\\d{0,2}(?:" + g + "\\d{3})+)|\\d*)(?:" + d + "(\\d+))?(?:[eE]([+-]?\\d{1,4}))?");
	}

	/** The style of the user's language: English for "en", Vietnamese otherwise. */
	public static NumberStyle of(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? ENGLISH : VIETNAMESE;
	}

	public char grouping() {
		return this.grouping;
	}

	public char decimal() {
		return this.decimal;
	}

	/** The key of the style's name and example in the messages. */
	public String messageKey() {
		return "number.style." + name();
	}

	/**
	 * The number a text writes in this style, or null when it is not a number written in
	 * it (blank, letters, "1.5" in Vietnamese, "1,5" in English, misplaced separators).
	 */
	public BigDecimal parse(String text) {
		if (text == null) {
			return null;
		}
		String value = SPACES.matcher(text.strip()).replaceAll("");
		if (value.isEmpty() || value.length() > 60) {
			return null;
		}
		Matcher matcher = this.pattern.matcher(value);
		if (!matcher.matches()) {
			return null;
		}
		String whole = matcher.group(2).replace(String.valueOf(this.grouping), "");
		String fraction = matcher.group(3);
		if (whole.isEmpty() && fraction == null) {
			return null;
		}
		StringBuilder plain = new StringBuilder(matcher.group(1));
		plain.append(whole.isEmpty() ? "0" : whole);
		if (fraction != null) {
			plain.append('.').append(fraction);
		}
		if (matcher.group(4) != null) {
			plain.append('E').append(matcher.group(4));
		}
		return new BigDecimal(plain.toString());
	}

}
