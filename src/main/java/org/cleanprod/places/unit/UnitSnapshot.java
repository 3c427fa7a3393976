package org.cleanprod.places.unit;

import org.cleanprod.places.UnitLevel;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The state of an administrative unit as the audit trail records it and its history
 * compares it, with the units that succeeded it.
 */
public record UnitSnapshot(String code, String name, String nameEn, UnitLevel level, String unitType, Long parentId,
		LocalDate validFrom, LocalDate validTo, String legalBasis, String note, String noteEn,
		List<Succession> successors) {

	/** One succession of the unit, ordered by successor so that snapshots compare. */
	record Succession(long unitId, Share share, LocalDate effectiveDate) {

		static final Comparator<Succession> ORDER = Comparator.comparingLong(Succession::unitId);

	}

	public UnitSnapshot {
		successors = successors.stream().sorted(Succession.ORDER).toList();
	}

	static UnitSnapshot of(AdministrativeUnit unit, List<Succession> successors) {
		return new UnitSnapshot(unit.getCode(), unit.getName(), unit.getNameEn(), unit.getLevel(), unit.getUnitType(),
				unit.getParentId(), unit.getValidFrom(), unit.getValidTo(), unit.getLegalBasis(),
				unit.getProvenance().note(), unit.getProvenance().noteEn(), successors);
	}

}
