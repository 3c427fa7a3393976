package org.cleanprod.shared.i18n;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Number and date formats. Vietnamese conventions apply in both languages for dates
 * (dd/MM/yyyy) and time zone; numbers follow the language: "1.234,5" in Vietnamese,
 * "1,234.5" in English.
 */
public final class Formats {

	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	/** Times are stored in UTC and shown in the province's time zone. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	public static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

	public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

	private Formats() {
	}

	public static String number(Number value, int maxFractionDigits, Locale locale) {
		if (value == null) {
			return "";
		}
		DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(numberLocale(locale)));
		format.setMaximumFractionDigits(maxFractionDigits);
		return format.format(value instanceof BigDecimal decimal ? decimal : value);
	}

	public static String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	/** A month as "MM/yyyy". */
	public static String month(java.time.YearMonth month) {
		return (month != null) ? MONTH.format(month) : "";
	}

	public static String dateTime(Instant instant) {
		return (instant != null) ? DATE_TIME.format(instant.atZone(ZONE)) : "";
	}

	private static Locale numberLocale(Locale locale) {
		return "en".equals(locale.getLanguage()) ? Locale.UK : VIETNAMESE;
	}

}
