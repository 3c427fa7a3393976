package org.cleanprod.planning.web;

import org.cleanprod.planning.PlanTarget;
import org.cleanprod.planning.TargetKind;
import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The editable fields of a target. {@code targetMin} and {@code targetMax} are the
 * inclusive bounds of its band; one may be empty. Rules that compare fields or look at
 * the plan are checked by {@link PlanningService}.
 */
public record TargetForm(
		@NotBlank @Size(max = 40) @Pattern(regexp = PlanForm.CODE, message = "{plan.error.codePattern}") String code,
		@NotBlank @Size(max = 1000) String name, @Size(max = 1000) String nameEn, @NotNull TargetKind kind,
		@NotBlank @Size(max = 30) String unit, @Digits(integer = 15, fraction = 4) BigDecimal targetMin,
		@Digits(integer = 15, fraction = 4) BigDecimal targetMax,
		@NotNull @Min(PlanForm.MIN_YEAR) @Max(PlanForm.MAX_YEAR) Integer targetYear, @Size(max = 1000) String basis,
		@Size(max = 1000) String basisEn, @Min(0) @Max(100_000) Integer sortOrder, Long version) {

	public static TargetForm empty(int year, int sortOrder) {
		return new TargetForm("", "", null, TargetKind.SHARE_OF_FACILITIES, "%", null, null, year, null, null,
				sortOrder, null);
	}

	public static TargetForm of(PlanTarget target) {
		return new TargetForm(target.getCode(), target.getName(), target.getNameEn(), target.getKind(),
				target.getUnit(), plain(target.getTargetMin()), plain(target.getTargetMax()), target.getTargetYear(),
				target.getBasis(), target.getBasisEn(), target.getSortOrder(), target.getVersion());
	}

	/** "8" rather than "8.0000" in the form. */
	public static BigDecimal plain(BigDecimal value) {
		return (value != null) ? new BigDecimal(value.stripTrailingZeros().toPlainString()) : null;
	}

}
