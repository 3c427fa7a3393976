package org.cleanprod.planning;

import org.cleanprod.shared.i18n.Bilingual;
import org.cleanprod.shared.i18n.BilingualName;
import java.math.BigDecimal;

/**
 * A target of a plan as other modules, the pages and the API see it. {@code code} is the
 * target's stable key within its plan (AWARENESS, SAVINGS…): what KPIs look targets up
 * by, whatever the figures.
 */
public record TargetView(long id, long planId, String code, String name, String nameEn, TargetKind kind, String unit,
		TargetBand band, int targetYear, String basis, String basisEn, int sortOrder,
		long version) implements BilingualName {

	public String basis(boolean english) {
		return Bilingual.inLanguage(english, this.basis, this.basisEn);
	}

	/** Where a measured value lies against the target's band. */
	public TargetBand.Position classify(BigDecimal value) {
		return this.band.classify(value);
	}

}
