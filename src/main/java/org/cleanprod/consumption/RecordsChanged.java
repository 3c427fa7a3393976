package org.cleanprod.consumption;

import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Consumption, production or annual records changed: for each facility, the months they
 * changed in. One save or one import is one event, however many facilities it touched.
 */
public record RecordsChanged(Map<Long, Set<YearMonth>> months) {

	public RecordsChanged {
		months = months.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> Set.copyOf(entry.getValue())));
	}

	public static RecordsChanged of(long facilityId, Set<YearMonth> months) {
		return new RecordsChanged(Map.of(facilityId, months));
	}

	public Set<Long> facilityIds() {
		return this.months.keySet();
	}

}
