package org.cleanprod.places.zone;

import org.cleanprod.shared.i18n.BilingualName;
import org.cleanprod.places.AgencyView;
import org.cleanprod.places.UnitView;
import org.cleanprod.places.ZoneKind;
import org.cleanprod.shared.provenance.SourceView;
import java.math.BigDecimal;
import java.util.List;

/**
 * An industrial zone or cluster with everything its page and the API show. Texts are in
 * Vietnamese, each with its English twin (null when there is none). {@code confidence}
 * and {@code note} are null for users who do not edit reference data.
 */
public record ZoneDetails(long id, String name, String nameEn, ZoneKind kind, AgencyView board, UnitView unit,
		String unitLabel, BigDecimal areaHa, String locationNote, String locationNoteEn, String areaNote,
		String areaNoteEn, boolean active, List<SourceView> sources, String confidence, String confidenceEn,
		String note, String noteEn, long version) implements BilingualName {

}
