package org.cleanprod.planning.web;

import org.cleanprod.planning.PlanPhase;
import org.cleanprod.planning.PlanStatus;
import java.time.LocalDate;

/** A plan as a line of the list and its export. */
public record PlanRow(long id, String code, String name, String nameEn, int periodStartYear, int periodEndYear,
		String decisionNumber, LocalDate decisionDate, String issuer, String issuerEn, PlanStatus status,
		PlanPhase phase, int targetCount) {

	public String name(boolean english) {
		return (english && this.nameEn != null) ? this.nameEn : this.name;
	}

	public String issuer(boolean english) {
		return (english && this.issuerEn != null) ? this.issuerEn : this.issuer;
	}

}
