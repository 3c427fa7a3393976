package org.cleanprod.performance.calculation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A facility's totals for a period, for savings by intensity: consumption per resource,
 * total energy converted to TOE (tonnes of oil equivalent, by the conversion factors of
 * the reference module), and production.
 *
 * @param <K> how resources are identified (a code, an id)
 * @param consumption per resource, in its own unit; a resource may be absent or
 * {@code null}
 * @param totalEnergyToe all energy carriers together, in TOE
 * @param production in the facility's unit of product
 */
public record FacilityPeriod<K>(Map<K, Double> consumption, Double totalEnergyToe, Double production) {

	public FacilityPeriod {
		consumption = (consumption != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(consumption)) : Map.of();
	}

}
