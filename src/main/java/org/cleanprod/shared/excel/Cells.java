package org.cleanprod.shared.excel;

import org.cleanprod.shared.text.Texts;

/**
 * Parsing of cell texts written by people: yes/no in either language. Numbers are read by
 * {@link SheetCell} (typed) or {@link org.cleanprod.shared.i18n.NumberStyle} (text in one
 * declared style), never guessed value by value.
 */
public final class Cells {

	private Cells() {
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
