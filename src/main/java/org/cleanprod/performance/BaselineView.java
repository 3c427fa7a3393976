package org.cleanprod.performance;

import java.time.Instant;
import java.time.YearMonth;

/**
 * Twelve consecutive months a facility's performance is measured against; past ones are
 * kept.
 */
public record BaselineView(long id, long facilityId, YearMonth start, YearMonth end, String note, Instant createdAt,
		String createdBy, Instant supersededAt) {

	public boolean isCurrent() {
		return this.supersededAt == null;
	}

}
