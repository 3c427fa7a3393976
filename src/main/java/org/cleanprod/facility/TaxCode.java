package org.cleanprod.facility;

import java.util.regex.Pattern;

/**
 * Vietnamese enterprise tax codes (mã số thuế): ten digits, or ten digits, a hyphen and
 * three digits for a dependent unit. The tenth digit is a check digit: 10 − (Σ dᵢ·wᵢ mod
 * 11) with weights 31, 29, 23, 19, 17, 13, 7, 5, 3 over the first nine digits; a result
 * of 10 is never issued (General Department of Taxation, Decision 75/1998/QĐ-TCT).
 */
public final class TaxCode {

	private static final Pattern FORMAT = Pattern.compile("\\d{10}(-\\d{3})?");

	private static final int[] WEIGHTS = { 31, 29, 23, 19, 17, 13, 7, 5, 3 };

	private TaxCode() {
	}

	public static boolean isValid(String code) {
		if (code == null || !FORMAT.matcher(code).matches()) {
			return false;
		}
		return checkDigit(code.substring(0, 9)) == code.charAt(9) - '0';
	}

	/**
	 * The check digit of nine leading digits, or -1 when no valid code starts with them.
	 */
	static int checkDigit(String nineDigits) {
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += (nineDigits.charAt(i) - '0') * WEIGHTS[i];
		}
		int digit = 10 - (sum % 11);
		return (digit == 10) ? -1 : digit;
	}

	/** Spaces and dots people type inside codes are dropped. */
	public static String normalise(String code) {
		return (code != null) ? code.strip().replace(" ", "").replace(".", "") : null;
	}

}
