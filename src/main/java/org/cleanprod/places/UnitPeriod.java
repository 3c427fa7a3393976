package org.cleanprod.places;

import org.cleanprod.places.data.ReferenceDataMigration;
import java.time.LocalDate;

/**
 * The two periods of the administrative map: the district-level map of 2016 to 30 June
 * 2025, and the two-tier map in force since the 1 July 2025 reorganisation (district
 * level abolished). A unit belongs to a period when its validity overlaps it.
 */
public enum UnitPeriod {

	OLD(LocalDate.of(2016, 1, 1), ReferenceDataMigration.REORGANISATION.minusDays(1)),
	NEW(ReferenceDataMigration.REORGANISATION, null);

	private final LocalDate start;

	private final LocalDate end;

	UnitPeriod(LocalDate start, LocalDate end) {
		this.start = start;
		this.end = end;
	}

	/** The first day of the period. */
	public LocalDate start() {
		return this.start;
	}

	/** The last day of the period; null while it lasts. */
	public LocalDate end() {
		return this.end;
	}

	public String messageKey() {
		return "reference.period." + name();
	}

}
