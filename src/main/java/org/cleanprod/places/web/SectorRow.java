package org.cleanprod.places.web;

import org.cleanprod.shared.i18n.BilingualName;
import org.cleanprod.shared.provenance.SourceView;
import java.util.List;

/**
 * A VSIC 2018 section or division as the sectors page and the API show it, with its
 * sources; confidence and note, in Vietnamese and English, only for those who edit
 * reference data.
 */
public record SectorRow(String code, String level, String sectionCode, String name, String nameEn,
		List<SourceView> sources, String confidence, String confidenceEn, String note,
		String noteEn) implements BilingualName {

	public boolean isDivision() {
		return "DIVISION".equals(this.level);
	}

}
