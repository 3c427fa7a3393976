package org.cleanprod.performance.calculation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Savings by intensity for each resource and for total energy.
 *
 * @param <K> how resources are identified
 * @param resources per resource, in the order of the baseline's resources, then any only
 * in the reporting period
 * @param totalEnergy for total energy in TOE
 */
public record IntensitySavingsResult<K>(Map<K, IntensitySaving> resources, IntensitySaving totalEnergy) {

	public IntensitySavingsResult {
		resources = Collections.unmodifiableMap(new LinkedHashMap<>(resources));
	}

}
