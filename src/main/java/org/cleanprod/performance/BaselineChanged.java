package org.cleanprod.performance;

import java.time.YearMonth;

/** A facility's baseline was set or moved to these twelve months. */
public record BaselineChanged(long facilityId, YearMonth start, YearMonth end) {

}
