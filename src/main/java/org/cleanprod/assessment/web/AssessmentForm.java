package org.cleanprod.assessment.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cleanprod.shared.security.InScope;
import org.cleanprod.shared.security.ReferenceKind;

/**
 * Starting an assessment: the facility, a title, the year whose figures it starts from
 * and the process step it focuses on (may be chosen later, at task 3).
 */
public record AssessmentForm(@NotNull @InScope(ReferenceKind.FACILITY) Long facilityId,
		@NotBlank @Size(max = 300) String title, @NotNull @Min(2000) @Max(2100) Integer focusYear,
		@Size(max = 500) String focusProcess) {

}
