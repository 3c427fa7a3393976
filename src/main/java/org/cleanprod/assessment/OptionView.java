package org.cleanprod.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.cleanprod.assessment.feasibility.FeasibilityResult;

/**
 * A CP option as its assessment's page shows it: what it is, its figures, its yearly net
 * saving in VND and its feasibility (NPV, IRR, paybacks), and how far it has come.
 */
public record OptionView(int optionNo, String description, String categoryCode, String processStep,
		String technicalNote, String environmentalNote, BigDecimal investment, BigDecimal operatingCostChange,
		int lifetimeYears, BigDecimal discountRate, List<OptionSaving> savings, OptionStatus status,
		Screening screening, String screeningReason, LocalDate implementedOn, BigDecimal actualInvestment,
		BigDecimal annualNetSaving, FeasibilityResult feasibility, long version) {

	public OptionView {
		savings = List.copyOf(savings);
	}

	/** Screened for implementation (now or after study) and not implemented yet. */
	public boolean isImplementable() {
		return this.status == OptionStatus.SCREENED && this.screening != Screening.REJECTED;
	}

	static OptionView of(CpOption option) {
		CpOption.Figures figures = option.figures();
		return new OptionView(option.getOptionNo(), figures.description(), figures.categoryCode(),
				figures.processStep(), figures.technicalNote(), figures.environmentalNote(), figures.investment(),
				figures.operatingCostChange(), figures.lifetimeYears(), figures.discountRate(), figures.savings(),
				option.getStatus(), option.getScreening(), option.getScreeningReason(), option.getImplementedOn(),
				option.getActualInvestment(), option.annualNetSaving(), option.feasibility(), option.getVersion());
	}

}
