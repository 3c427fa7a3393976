package org.cleanprod.facility;

import org.cleanprod.shared.text.Texts;

/**
 * Criteria of the facility list and export; null fields do not filter. {@code q} is
 * matched without accents against code, names, tax code, address and products, word by
 * word.
 */
public record FacilityFilter(String q, Long unitId, Long zoneId, String sectorCode, Boolean cpPotential,
		Boolean designatedEnergyUser, FacilityStatus status, Long enterpriseId) {

	public static FacilityFilter none() {
		return new FacilityFilter(null, null, null, null, null, null, null, null);
	}

	public FacilityFilter {
		q = Texts.blankToNull(q);
		sectorCode = Texts.blankToNull(sectorCode);
	}

	public static FacilityFilter ofEnterprise(long enterpriseId) {
		return new FacilityFilter(null, null, null, null, null, null, null, enterpriseId);
	}

}
