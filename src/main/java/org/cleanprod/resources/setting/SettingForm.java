package org.cleanprod.resources.setting;

import org.cleanprod.resources.factor.FactorForm;
import org.cleanprod.shared.i18n.Bilingual;
import org.cleanprod.shared.units.Decimals;
import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.cleanprod.shared.web.InvalidFormException;

/**
 * The value of a reference setting with its sources, confidence and note, each text in
 * Vietnamese and, optionally, English. Settings are numbers ({@link Resources#setting}
 * reads them as decimals).
 */
public record SettingForm(@NotNull @Positive @DecimalMax("1000000000000") BigDecimal value,
		@Size(max = 200) @Pattern(regexp = FactorForm.SOURCE_IDS) String sourceIds, @Size(max = 300) String confidence,
		@Size(max = 300) String confidenceEn, @Size(max = 1000) String note, @Size(max = 1000) String noteEn,
		Long version) {

	static SettingForm of(ReferenceSetting setting) {
		return new SettingForm(new BigDecimal(setting.getValue()), setting.getProvenance().sourceIds(),
				setting.getProvenance().confidence(), setting.getProvenance().confidenceEn(),
				setting.getProvenance().note(), setting.getProvenance().noteEn(), setting.getVersion());
	}

	/** The value as stored: "1000", "41.868". */
	static String plain(BigDecimal value) {
		return Decimals.plain(value).toPlainString();
	}

	/** Refuses an English text whose Vietnamese one is missing. */
	void checkLanguages() {
		InvalidFormException.Collector errors = new InvalidFormException.Collector();
		Bilingual.requireVietnamese(errors, this.confidence, this.confidenceEn, this.note, this.noteEn);
		errors.throwIfAny();
	}

}
