package org.cleanprod.resources;

import java.time.LocalDate;

/**
 * A version of a conversion factor was added: next year's factor, which closed the
 * open-ended one the day before its start ({@code closedFactorId}), or a correction that
 * superseded a wrong one ({@code supersededFactorId}). Results stored with factors of
 * this resource and kind for dates between {@code validFrom} and {@code validTo} (open at
 * a null end) were computed with another factor: a module that keeps such results
 * listens, to mark them for recalculation rather than change them silently.
 */
public record ConversionFactorAdded(String resourceCode, FactorKind kind, long factorId, LocalDate validFrom,
		LocalDate validTo, Long closedFactorId, Long supersededFactorId) {

}
