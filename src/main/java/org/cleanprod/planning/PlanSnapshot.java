package org.cleanprod.planning;

import java.time.LocalDate;

/** The state of a plan as the audit trail records it and its history compares it. */
record PlanSnapshot(String code, String name, String nameEn, Integer periodStartYear, Integer periodEndYear,
		String decisionNumber, LocalDate decisionDate, String issuer, String issuerEn, String summary, String summaryEn,
		PlanStatus status, String source, String note) {

	static PlanSnapshot of(Plan plan) {
		return new PlanSnapshot(plan.getCode(), plan.getName(), plan.getNameEn(), plan.getPeriodStartYear(),
				plan.getPeriodEndYear(), plan.getDecisionNumber(), plan.getDecisionDate(), plan.getIssuer(),
				plan.getIssuerEn(), plan.getSummary(), plan.getSummaryEn(), plan.getStatus(), plan.getSource(),
				plan.getNote());
	}

}
