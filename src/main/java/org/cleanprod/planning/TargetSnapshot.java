package org.cleanprod.planning;

import org.cleanprod.planning.web.TargetForm;
import java.math.BigDecimal;

/**
 * The state of a target as the audit trail records it: with its plan and code, so that
 * every row of a target's history, its deletion included, says which target it was.
 */
record TargetSnapshot(long planId, String code, String name, String nameEn, TargetKind kind, String unit,
		BigDecimal targetMin, BigDecimal targetMax, Integer targetYear, String basis, String basisEn,
		Integer sortOrder) {

	static TargetSnapshot of(PlanTarget target) {
		return new TargetSnapshot(target.getPlanId(), target.getCode(), target.getName(), target.getNameEn(),
				target.getKind(), target.getUnit(), TargetForm.plain(target.getTargetMin()),
				TargetForm.plain(target.getTargetMax()), target.getTargetYear(), target.getBasis(), target.getBasisEn(),
				target.getSortOrder());
	}

}
