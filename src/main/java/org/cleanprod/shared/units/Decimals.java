package org.cleanprod.shared.units;

import java.math.BigDecimal;

/**
 * Decimals as reference data keeps them: without the trailing zeros of the database scale
 * (0.681100000000 is 0.6811) and never in exponent notation (1E+3 is 1000).
 */
public final class Decimals {

	private Decimals() {
	}

	public static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
