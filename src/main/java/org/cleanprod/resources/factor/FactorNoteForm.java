package org.cleanprod.resources.factor;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What may still be corrected on a factor that results may have used: its sources,
 * confidence and note. Its value and validity are corrected by a new version.
 */
public record FactorNoteForm(@Size(max = 200) @Pattern(regexp = FactorForm.SOURCE_IDS) String sourceIds,
		@Size(max = 300) String confidence, @Size(max = 300) String confidenceEn, @Size(max = 1000) String note,
		@Size(max = 1000) String noteEn, Long version) {

	static FactorNoteForm of(ConversionFactor factor) {
		return new FactorNoteForm(factor.getProvenance().sourceIds(), factor.getProvenance().confidence(),
				factor.getProvenance().confidenceEn(), factor.getProvenance().note(), factor.getProvenance().noteEn(),
				factor.getVersion());
	}

}
