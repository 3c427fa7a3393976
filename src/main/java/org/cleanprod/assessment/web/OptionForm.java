package org.cleanprod.assessment.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A CP option and the figures of its feasibility: the investment and the yearly change of
 * operating costs in whole VND, the lifetime in years, the discount rate in percent, and
 * what it saves of each resource in a year at a price the user enters. Saving rows left
 * without a resource are ignored.
 */
public record OptionForm(@NotBlank @Size(max = 1000) String description, @NotBlank String categoryCode,
		@Size(max = 300) String processStep, @Size(max = 2000) String technicalNote,
		@Size(max = 2000) String environmentalNote,
		@NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 0) BigDecimal investment,
		@NotNull @Digits(integer = 15, fraction = 0) BigDecimal operatingCostChange,
		@NotNull @Min(1) @Max(50) Integer lifetimeYears,
		@NotNull @DecimalMin("-99") @DecimalMax("100") @Digits(integer = 3, fraction = 3) BigDecimal discountRate,
		@Valid List<SavingForm> savings, Long version) {

	/** The rows a new option's form offers. */
	public static final int SAVING_ROWS = 3;

	public OptionForm {
		savings = (savings != null) ? new ArrayList<>(savings) : new ArrayList<>();
	}

	/**
	 * One resource saved in a year: its code, the quantity in its base unit, the price.
	 */
	public record SavingForm(String resourceCode,
			@DecimalMin("0") @Digits(integer = 15, fraction = 6) BigDecimal quantity,
			@DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal price) {

	}

	/** The saving rows that name a resource. */
	public List<SavingForm> filledSavings() {
		return this.savings.stream()
			.filter(saving -> saving != null && saving.resourceCode() != null && !saving.resourceCode().isBlank())
			.toList();
	}

	/** The form with empty saving rows up to {@link #SAVING_ROWS} more than filled. */
	public OptionForm withBlankRows() {
		List<SavingForm> rows = new ArrayList<>(filledSavings());
		for (int i = 0; i < SAVING_ROWS; i++) {
			rows.add(new SavingForm(null, null, null));
		}
		return new OptionForm(this.description, this.categoryCode, this.processStep, this.technicalNote,
				this.environmentalNote, this.investment, this.operatingCostChange, this.lifetimeYears,
				this.discountRate, rows, this.version);
	}

}
