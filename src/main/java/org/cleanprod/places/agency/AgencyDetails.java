package org.cleanprod.places.agency;

import org.cleanprod.shared.i18n.BilingualName;
import org.cleanprod.places.AgencyKind;
import org.cleanprod.places.ZoneView;
import org.cleanprod.shared.provenance.SourceView;
import java.util.List;

/**
 * An agency with the zones it manages and its sources. Texts are in Vietnamese, each with
 * its English twin (null when there is none); {@code confidence} and {@code note} are
 * null for users who do not edit reference data.
 */
public record AgencyDetails(long id, String code, String name, String nameEn, AgencyKind kind, boolean active,
		List<ZoneView> zones, List<SourceView> sources, String confidence, String confidenceEn, String note,
		String noteEn, long version) implements BilingualName {

}
