package org.cleanprod.facility;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A facility's designated-energy-user status as its page shows it: the status in force,
 * what the previous year's energy gives ({@link DesignationBasis}) and an officer's
 * override of it, if any, with its reason.
 *
 * @param designated the status in force: the override when there is one, else the derived
 * status
 * @param derived what the basis gives
 * @param year the year the basis summed; {@code null} until first derived
 * @param toe that year's total in TOE; {@code null} without figures
 * @param threshold the threshold it was compared with
 * @param override the officer's status, or {@code null}
 * @param reason why the officer overrode it
 * @param overrideBy who overrode it
 * @param overrideAt when
 */
public record Designation(boolean designated, boolean derived, Integer year, BigDecimal toe, BigDecimal threshold,
		Boolean override, String reason, String overrideBy, Instant overrideAt) {

	public boolean isOverridden() {
		return this.override != null;
	}

	/** Whether the status was ever derived from a year's energy. */
	public boolean isDerived() {
		return this.year != null;
	}

}
