package org.cleanprod.performance;

import java.time.YearMonth;

/**
 * A facility's baseline was set or moved to these twelve months. Within this module
 * nothing derived from a baseline is stored (the model, the savings, the page's headline,
 * table and chart are computed from the current baseline when read), so nothing here
 * needs refreshing; the event is for modules that keep read models of savings.
 */
public record BaselineChanged(long facilityId, YearMonth start, YearMonth end) {

}
