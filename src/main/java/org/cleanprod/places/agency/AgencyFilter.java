package org.cleanprod.places.agency;

import org.cleanprod.places.AgencyKind;
import org.cleanprod.shared.text.Texts;

/**
 * Criteria of the agency list and the API; null fields do not filter. {@code q} is
 * matched without accents against code and names.
 */
public record AgencyFilter(String q, AgencyKind kind, Boolean active) {

	public AgencyFilter {
		q = Texts.blankToNull(q);
	}

	public static AgencyFilter none() {
		return new AgencyFilter(null, null, null);
	}

}
