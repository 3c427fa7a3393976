package org.cleanprod.planning;

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
		long version, List<TargetView> targets) {

	public PlanView {
		targets = List.copyOf(targets);
	}

	public String name(boolean english) {
		return (english && this.nameEn != null) ? this.nameEn : this.name;
	}

	public String issuer(boolean english) {
		return (english && this.issuerEn != null) ? this.issuerEn : this.issuer;
	}

	public String summary(boolean english) {
		return (english && this.summaryEn != null) ? this.summaryEn : this.summary;
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
