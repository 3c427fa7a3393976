package org.cleanprod.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the audit trail keeps of an option: its figures and how far it has come. */
record OptionSnapshot(long assessmentId, int optionNo, String description, String categoryCode, BigDecimal investment,
		BigDecimal operatingCostChange, int lifetimeYears, BigDecimal discountRate, List<OptionSaving> savings,
		OptionStatus status, Screening screening, String screeningReason, LocalDate implementedOn) {

	static OptionSnapshot of(CpOption option) {
		CpOption.Figures figures = option.figures();
		return new OptionSnapshot(option.getAssessmentId(), option.getOptionNo(), figures.description(),
				figures.categoryCode(), figures.investment(), figures.operatingCostChange(), figures.lifetimeYears(),
				figures.discountRate(), figures.savings(), option.getStatus(), option.getScreening(),
				option.getScreeningReason(), option.getImplementedOn());
	}

}
