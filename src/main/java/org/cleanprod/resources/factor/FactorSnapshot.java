package org.cleanprod.resources.factor;

import org.cleanprod.resources.FactorKind;
import org.cleanprod.shared.units.Decimals;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The state of a conversion factor as the audit trail records it. */
public record FactorSnapshot(String resourceCode, FactorKind kind, String perUnit, BigDecimal value,
		BigDecimal valueMax, LocalDate validFrom, LocalDate validTo, boolean derived, String sourceIds,
		String confidence, String confidenceEn, String note, String noteEn, Long supersededBy) {

	static FactorSnapshot of(ConversionFactor factor) {
		return new FactorSnapshot(factor.getResourceCode(), factor.getKind(),
				(factor.getPerUnit() != null) ? factor.getPerUnit().name() : null, Decimals.plain(factor.getValue()),
				Decimals.plain(factor.getValueMax()), factor.getValidFrom(), factor.getValidTo(), factor.isDerived(),
				factor.getProvenance().sourceIds(), factor.getProvenance().confidence(),
				factor.getProvenance().confidenceEn(), factor.getProvenance().note(), factor.getProvenance().noteEn(),
				factor.getSupersededBy());
	}

}
