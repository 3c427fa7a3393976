package org.cleanprod.performance.web;

import org.cleanprod.performance.QualityIssue;
import java.time.Instant;
import java.time.YearMonth;

/**
 * A data-quality finding of a facility's records, and its explanation when an officer
 * gave one. {@code item} is a resource code, or "P" and a product id for production.
 */
public record QualityRow(long facilityId, String facilityCode, String facilityName, String item, String itemLabel,
		YearMonth month, QualityIssue.Kind kind, Double value, String detail, String explanation, String explainedBy,
		Instant explainedAt) {

	public boolean isExplained() {
		return this.explanation != null;
	}

	public String kindKey() {
		return "performance.quality.kind." + this.kind.name();
	}

}
