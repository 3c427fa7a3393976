package org.cleanprod.planning.web;

import org.cleanprod.shared.i18n.Bilingual;
import org.cleanprod.shared.i18n.BilingualName;
import org.cleanprod.planning.PlanPhase;
import org.cleanprod.planning.PlanStatus;
import java.time.LocalDate;

/** A plan as a line of the list and its export. */
public record PlanRow(long id, String code, String name, String nameEn, int periodStartYear, int periodEndYear,
		String decisionNumber, LocalDate decisionDate, String issuer, String issuerEn, PlanStatus status,
		PlanPhase phase, int targetCount) implements BilingualName {

	public String issuer(boolean english) {
		return Bilingual.inLanguage(english, this.issuer, this.issuerEn);
	}

}
