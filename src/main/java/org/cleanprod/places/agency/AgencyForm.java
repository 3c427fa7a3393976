package org.cleanprod.places.agency;

import org.cleanprod.places.AgencyKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The editable fields of an agency; the code is given when the agency is created and
 * fixed afterwards.
 */
public record AgencyForm(@NotBlank @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9_-]*") String code,
		@NotBlank @Size(max = 300) String name, @Size(max = 300) String nameEn, @NotNull AgencyKind kind,
		Boolean active, Long version) {

	static AgencyForm empty() {
		return new AgencyForm("", "", null, AgencyKind.DEPARTMENT, true, null);
	}

	static AgencyForm of(Agency agency) {
		return new AgencyForm(agency.getCode(), agency.getName(), agency.getNameEn(), agency.getKind(),
				agency.isActive(), agency.getVersion());
	}

}
