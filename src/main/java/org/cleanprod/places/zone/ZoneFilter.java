package org.cleanprod.places.zone;

import org.cleanprod.places.ZoneKind;
import org.cleanprod.shared.text.Texts;

/**
 * Criteria of the zone list, its export and the API; null fields do not filter. {@code q}
 * is matched without accents against the names, word by word.
 */
public record ZoneFilter(String q, Long boardId, ZoneKind kind, Boolean active) {

	public ZoneFilter {
		q = Texts.blankToNull(q);
	}

	public static ZoneFilter none() {
		return new ZoneFilter(null, null, null, null);
	}

}
