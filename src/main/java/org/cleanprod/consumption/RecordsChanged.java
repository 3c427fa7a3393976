package org.cleanprod.consumption;

import java.time.YearMonth;
import java.util.Set;

/** Consumption, production or annual records of a facility changed in these months. */
public record RecordsChanged(long facilityId, Set<YearMonth> months) {

	public RecordsChanged {
		months = Set.copyOf(months);
	}

}
