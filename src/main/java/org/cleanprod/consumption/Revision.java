package org.cleanprod.consumption;

import java.math.BigDecimal;
import java.time.Instant;

import org.cleanprod.shared.units.MeasureUnit;

/** One change of a value: who, when, from what to what (null: no value). */
public record Revision(Instant changedAt, String changedBy, BigDecimal oldQuantity, MeasureUnit oldUnit,
		BigDecimal newQuantity, MeasureUnit newUnit, RecordSource source) {

}
