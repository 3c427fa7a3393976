package org.cleanprod.shared.excel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One cell of an uploaded sheet, with its type kept: a typed XLSX number is a number, a
 * date a date, everything else (and every CSV field) text. A number is never turned into
 * text to be parsed again: that is how "69.864" t once became 69,864 t.
 *
 * @param text the cell as text: the text itself, a number in plain digits ("1234.5"), a
 * date as yyyy-MM-dd
 * @param number the number of a NUMBER cell, else null
 * @param date the date of a DATE cell, else null
 */
public record SheetCell(Kind kind, String text, BigDecimal number, LocalDate date) {

	/**
	 * The significant digits a spreadsheet keeps: Excel shows and computes with 15, and
	 * the 16th and 17th digits of its stored double are binary noise (64.293 is stored as
	 * 64.29300000000001).
	 */
	public static final MathContext SIGNIFICANT = new MathContext(15, RoundingMode.HALF_EVEN);

	public enum Kind {

		TEXT, NUMBER, DATE

	}

	public static SheetCell text(String text) {
		return new SheetCell(Kind.TEXT, text, null, null);
	}

	/**
	 * A typed number, from the digits the file stores, rounded to {@link #SIGNIFICANT}
	 * digits, trailing zeros dropped.
	 */
	public static SheetCell number(BigDecimal stored) {
		BigDecimal rounded = stored.round(SIGNIFICANT).stripTrailingZeros();
		if (rounded.scale() < 0) {
			rounded = rounded.setScale(0);
		}
		return new SheetCell(Kind.NUMBER, rounded.toPlainString(), rounded, null);
	}

	public static SheetCell date(LocalDate date) {
		return new SheetCell(Kind.DATE, date.toString(), null, date);
	}

	public boolean isBlank() {
		return this.text == null || this.text.isBlank();
	}

}
