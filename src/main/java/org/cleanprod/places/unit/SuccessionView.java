package org.cleanprod.places.unit;

import org.cleanprod.places.UnitView;
import java.time.LocalDate;

/**
 * One side of a succession seen from a unit: the predecessor or successor, the share of
 * the predecessor's territory it concerns and the date it took effect.
 */
public record SuccessionView(UnitView unit, Share share, LocalDate effectiveDate) {

}
