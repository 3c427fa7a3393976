package org.cleanprod.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a savings percentage reads: a positive one is a saving, a negative one an increase
 * of its magnitude ("−2.9 %" saved reads "increase of 2.9 %"), and one that rounds to
 * zero at the shown precision is no change, never "−0 %". Pages show the words with the
 * magnitude; the API keeps the signed number.
 */
public final class SavingsWording {

	/** Decimals shown of a percentage. */
	public static final int DECIMALS = 1;

	private SavingsWording() {
	}

	/**
	 * The message key: {@code performance.change.saving}, {@code .increase} or
	 * {@code .none}; {@code performance.change.unknown} when there is no figure.
	 */
	public static String key(Double percent) {
		if (percent == null || !Double.isFinite(percent)) {
			return "performance.change.unknown";
		}
		return switch (rounded(percent).signum()) {
			case 1 -> "performance.change.saving";
			case -1 -> "performance.change.increase";
			default -> "performance.change.none";
		};
	}

	/** The magnitude to show with the words, rounded to {@link #DECIMALS}. */
	public static BigDecimal magnitude(Double percent) {
		return (percent == null || !Double.isFinite(percent)) ? null : rounded(percent).abs();
	}

	private static BigDecimal rounded(double percent) {
		BigDecimal value = BigDecimal.valueOf(percent).setScale(DECIMALS, RoundingMode.HALF_UP);
		return (value.signum() == 0) ? value.abs() : value;
	}

}
