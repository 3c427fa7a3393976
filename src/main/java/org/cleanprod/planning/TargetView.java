package org.cleanprod.planning;

import java.math.BigDecimal;

/**
 * A target of a plan as other modules, the pages and the API see it. {@code code} is the
 * target's stable key within its plan (AWARENESS, SAVINGS…): what KPIs look targets up
 * by, whatever the figures.
 */
public record TargetView(long id, long planId, String code, String name, String nameEn, TargetKind kind, String unit,
		TargetBand band, int targetYear, String basis, String basisEn, int sortOrder, long version) {

	public String name(boolean english) {
		return (english && this.nameEn != null) ? this.nameEn : this.name;
	}

	public String basis(boolean english) {
		return (english && this.basisEn != null) ? this.basisEn : this.basis;
	}

	/** Where a measured value lies against the target's band. */
	public TargetBand.Position classify(BigDecimal value) {
		return this.band.classify(value);
	}

}
