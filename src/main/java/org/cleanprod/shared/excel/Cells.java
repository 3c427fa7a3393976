package org.cleanprod.shared.excel;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.cleanprod.shared.text.Texts;

/**
 * Parsing of cell texts written by people: numbers in Vietnamese ("1.234,5") or
 * international ("1234.5") style, yes/no in either language.
 */
public final class Cells {

	/** "1.234" or "12.345.678": dots grouping thousands, Vietnamese style. */
	private static final Pattern DOT_GROUPS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");

	private static final Pattern COMMA_GROUPS = Pattern.compile("-?\\d{1,3}(,\\d{3}){2,}");

	private Cells() {
	}

	/**
	 * A number in either style. With both separators the last one is the decimal mark; a
	 * lone comma is decimal (Vietnamese); dots followed by groups of three digits group
	 * thousands; otherwise a lone dot is decimal. Returns null when the text is not a
	 * number.
	 */
	public static BigDecimal number(String text) {
		if (text == null) {
			return null;
		}
		String value = text.strip().replace(" ", "").replace("\u00a0", "");
		int lastDot = value.lastIndexOf('.');
		int lastComma = value.lastIndexOf(',');
		if (lastDot >= 0 && lastComma >= 0) {
			value = (lastComma > lastDot) ? value.replace(".", "").replace(',', '.') : value.replace(",", "");
		}
		else if (lastComma >= 0) {
			value = COMMA_GROUPS.matcher(value).matches() ? value.replace(",", "") : value.replace(',', '.');
		}
		else if (DOT_GROUPS.matcher(value).matches()) {
			value = value.replace(".", "");
		}
		try {
			return new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * "Có"/"Không", "Yes"/"No", "x"/"", "1"/"0", "true"/"false"; null when unrecognised.
	 */
	public static Boolean yesNo(String text) {
		String value = Texts.fold(text);
		return switch (value) {
			case "co", "yes", "y", "x", "1", "true", "c" -> Boolean.TRUE;
			case "khong", "no", "n", "0", "false", "k", "" -> Boolean.FALSE;
			default -> null;
		};
	}

}
