package org.cleanprod.reference;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The value of a reference setting with its sources, confidence and note. Settings are
 * numbers ({@link ReferenceService#setting} reads them as decimals).
 */
public record SettingForm(@NotNull @Positive @DecimalMax("1000000000000") BigDecimal value,
		@Size(max = 200) @Pattern(regexp = FactorForm.SOURCE_IDS) String sourceIds, @Size(max = 300) String confidence,
		@Size(max = 1000) String note, Long version) {

	static SettingForm of(ReferenceSetting setting) {
		return new SettingForm(new BigDecimal(setting.getValue()), setting.getSourceIds(), setting.getConfidence(),
				setting.getNote(), setting.getVersion());
	}

	/** The value as stored: "1000", "41.868". */
	static String plain(BigDecimal value) {
		return Decimals.plain(value).toPlainString();
	}

}
