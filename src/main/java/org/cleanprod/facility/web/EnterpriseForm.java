package org.cleanprod.facility.web;

import org.cleanprod.facility.Enterprise;
import org.cleanprod.facility.Ownership;
import org.cleanprod.facility.ValidTaxCode;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The editable fields of an enterprise, from a page or an API body. */
public record EnterpriseForm(@NotBlank @ValidTaxCode String taxCode, @NotBlank @Size(max = 300) String name,
		@Size(max = 300) String nameEn, @Size(max = 500) String address, @NotNull Ownership ownership,
		@Size(max = 200) String representative, @Size(max = 30) String phone, @Email @Size(max = 200) String email,
		Long version) {

	static EnterpriseForm empty() {
		return new EnterpriseForm("", "", null, null, Ownership.PRIVATE, null, null, null, null);
	}

	public static EnterpriseForm of(Enterprise enterprise) {
		return new EnterpriseForm(enterprise.getTaxCode(), enterprise.getName(), enterprise.getNameEn(),
				enterprise.getAddress(), enterprise.getOwnership(), enterprise.getRepresentative(),
				enterprise.getPhone(), enterprise.getEmail(), enterprise.getVersion());
	}

}
