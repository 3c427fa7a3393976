package org.cleanprod.planning;

import java.math.BigDecimal;

/**
 * The value a target asks for: a band between two inclusive bounds ("8-13 %"), a floor
 * ("at least 90 %": no max), a ceiling (no min), or one value (min = max). A measured
 * value lies below, within or above it; what that means (is saving more than asked good
 * news?) is for the KPI that reads it to say.
 */
public record TargetBand(BigDecimal min, BigDecimal max) {

	/** Where a measured value lies against the band. */
	public enum Position {

		BELOW, WITHIN, ABOVE

	}

	public TargetBand {
		if (min == null && max == null) {
			throw new IllegalArgumentException("A target band needs at least one bound");
		}
		if (min != null && max != null && min.compareTo(max) > 0) {
			throw new IllegalArgumentException("A target band's min " + min + " exceeds its max " + max);
		}
	}

	/**
	 * Classifies a measured value; bounds belong to the band, so for 8-13 % savings 8 and
	 * 13 are within, 7.99 below and 13.01 above.
	 */
	public Position classify(BigDecimal value) {
		if (value == null) {
			throw new IllegalArgumentException("No value to classify");
		}
		if (this.min != null && value.compareTo(this.min) < 0) {
			return Position.BELOW;
		}
		if (this.max != null && value.compareTo(this.max) > 0) {
			return Position.ABOVE;
		}
		return Position.WITHIN;
	}

	/**
	 * The message key that phrases the band: {@code plan.band.range} ("8–13 %"),
	 * {@code atLeast}, {@code atMost} or {@code exact}; its arguments are the formatted
	 * min, max and unit.
	 */
	public String messageKey() {
		if (this.min == null) {
			return "plan.band.atMost";
		}
		if (this.max == null) {
			return "plan.band.atLeast";
		}
		return (this.min.compareTo(this.max) == 0) ? "plan.band.exact" : "plan.band.range";
	}

}
