package org.cleanprod.consumption;

import java.math.BigDecimal;
import java.time.Instant;

import org.cleanprod.shared.units.MeasureUnit;

/**
 * One version of a value in its history: what it was, who entered it and when, and who
 * replaced or deleted it and when (null for the value in force).
 */
public record ValueVersion(BigDecimal quantity, MeasureUnit unit, RecordSource source, String enteredBy,
		Instant enteredAt, String replacedBy, Instant replacedAt, boolean deleted) {

	public boolean isCurrent() {
		return this.replacedAt == null;
	}

}
