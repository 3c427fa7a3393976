package org.cleanprod.resources.factor;

import org.cleanprod.resources.FactorKind;
import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.cleanprod.shared.units.MeasureUnit;

/**
 * A new version of a conversion factor: one {@code perUnit} of the resource gives
 * {@code value} GJ, TOE or t CO2 between the dates (open at a blank end).
 * {@code closeOpen} agrees to end the open-ended factor the new one starts inside;
 * {@code supersedes} names a wrong factor this one corrects for new conversions.
 */
public record FactorForm(@NotNull FactorKind kind, @NotNull MeasureUnit perUnit,
		@NotNull @Positive @DecimalMax(MAX_VALUE) BigDecimal value,
		@Positive @DecimalMax(MAX_VALUE) BigDecimal valueMax, LocalDate validFrom, LocalDate validTo, Boolean derived,
		@Size(max = 200) @Pattern(regexp = SOURCE_IDS) String sourceIds, @Size(max = 300) String confidence,
		@Size(max = 300) String confidenceEn, @Size(max = 1000) String note, @Size(max = 1000) String noteEn,
		Long supersedes, Boolean closeOpen) {

	/** The largest value the column keeps (12 digits before the decimal point). */
	static final String MAX_VALUE = "999999999999";

	/** Source ids as the reference files write them: "S-EF1;S-EF3". */
	public static final String SOURCE_IDS = "\\s*([A-Za-z0-9_-]+(\\s*[;,]\\s*[A-Za-z0-9_-]+)*)?\\s*";

	/**
	 * A form for a factor of the given kind and unit, valid between the dates, correcting
	 * the named factor; each may be null.
	 */
	static FactorForm start(FactorKind kind, MeasureUnit perUnit, LocalDate validFrom, LocalDate validTo,
			Long supersedes) {
		return new FactorForm(kind, perUnit, null, null, validFrom, validTo, false, null, null, null, null, null,
				supersedes, null);
	}

	/** The unit's name, as the select list's values are written. */
	public String perUnitName() {
		return (this.perUnit != null) ? this.perUnit.name() : null;
	}

}
