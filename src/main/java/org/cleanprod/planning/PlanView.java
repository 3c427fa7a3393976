package org.cleanprod.planning;

import org.cleanprod.shared.i18n.Bilingual;
import org.cleanprod.shared.i18n.BilingualName;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A plan with its targets in their order, as other modules, the pages and the API see it.
 * {@code phase} is the plan's phase on the day it was read.
 */
public record PlanView(long id, String code, String name, String nameEn, int periodStartYear, int periodEndYear,
		String decisionNumber, LocalDate decisionDate, String issuer, String issuerEn, String summary, String summaryEn,
		PlanStatus status, PlanPhase phase, String source, String note, Instant createdAt, Instant updatedAt,
		long version, List<TargetView> targets) implements BilingualName {

	public PlanView {
		targets = List.copyOf(targets);
	}

	public String issuer(boolean english) {
		return Bilingual.inLanguage(english, this.issuer, this.issuerEn);
	}

	public String summary(boolean english) {
		return Bilingual.inLanguage(english, this.summary, this.summaryEn);
	}

	/** Whether the plan's period includes the year of the date. */
	public boolean covers(LocalDate date) {
		return this.periodStartYear <= date.getYear() && date.getYear() <= this.periodEndYear;
	}

	/** The target with the given code, if the plan has one. */
	public Optional<TargetView> target(String code) {
		return this.targets.stream().filter(target -> target.code().equalsIgnoreCase(code)).findFirst();
	}

}
