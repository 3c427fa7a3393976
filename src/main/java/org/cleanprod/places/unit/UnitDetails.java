package org.cleanprod.places.unit;

import org.cleanprod.shared.i18n.BilingualName;
import org.cleanprod.places.UnitLevel;
import org.cleanprod.places.UnitView;
import org.cleanprod.shared.provenance.SourceView;
import java.time.LocalDate;
import java.util.List;

/**
 * An administrative unit with everything its page and the API show: its place in the
 * hierarchy, its predecessors and successors, the units a record placed in it is reported
 * under, and its sources. Texts are in Vietnamese, each with its English twin (null when
 * there is none); {@code confidence} and {@code note} are null for users who do not edit
 * reference data.
 */
public record UnitDetails(long id, String code, String name, String nameEn, UnitLevel level, String unitType,
		UnitView parent, List<UnitView> children, LocalDate validFrom, LocalDate validTo, String legalBasis,
		List<SuccessionView> predecessors, List<SuccessionView> successors, List<UnitView> reportingUnits,
		List<SourceView> sources, String confidence, String confidenceEn, String note, String noteEn,
		long version) implements BilingualName {

}
