package org.cleanprod.planning.web;

import org.cleanprod.planning.Plan;
import org.cleanprod.planning.PlanStatus;
import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The editable fields of a plan. Rules that compare fields (period, decision of an issued
 * plan, targets inside the period, a free code) are checked by {@link PlanningService}.
 */
public record PlanForm(
		@NotBlank @Size(max = 40) @Pattern(regexp = CODE, message = "{plan.error.codePattern}") String code,
		@NotBlank @Size(max = 500) String name, @Size(max = 500) String nameEn,
		@NotNull @Min(MIN_YEAR) @Max(MAX_YEAR) Integer periodStartYear,
		@NotNull @Min(MIN_YEAR) @Max(MAX_YEAR) Integer periodEndYear, @Size(max = 60) String decisionNumber,
		LocalDate decisionDate, @Size(max = 300) String issuer, @Size(max = 300) String issuerEn,
		@Size(max = 4000) String summary, @Size(max = 4000) String summaryEn, @NotNull PlanStatus status,
		@Size(max = 1000) String source, @Size(max = 2000) String note, Long version) {

	/** Letters, digits, dots, dashes and underscores: codes travel in URLs and files. */
	public static final String CODE = "\\s*[A-Za-z0-9][A-Za-z0-9._-]*\\s*";

	public static final int MIN_YEAR = 1990;

	public static final int MAX_YEAR = 2100;

	static PlanForm empty(int year) {
		return new PlanForm("", "", null, year, year + 4, null, null, null, null, null, null, PlanStatus.DRAFT, null,
				null, null);
	}

	public static PlanForm of(Plan plan) {
		return new PlanForm(plan.getCode(), plan.getName(), plan.getNameEn(), plan.getPeriodStartYear(),
				plan.getPeriodEndYear(), plan.getDecisionNumber(), plan.getDecisionDate(), plan.getIssuer(),
				plan.getIssuerEn(), plan.getSummary(), plan.getSummaryEn(), plan.getStatus(), plan.getSource(),
				plan.getNote(), plan.getVersion());
	}

}
