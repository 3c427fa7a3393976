package org.cleanprod.facility.web;

import org.cleanprod.facility.Contact;
import org.cleanprod.facility.Facility;
import org.cleanprod.facility.FacilityStatus;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.cleanprod.shared.security.InScope;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.text.Texts;

/** The editable fields of a facility, from a page or an API body. */
public record FacilityForm(@NotNull @InScope(ReferenceKind.ENTERPRISE) Long enterpriseId,
		@NotBlank @Size(max = 300) String name, @Size(max = 500) String address,
		@NotNull @InScope(ReferenceKind.UNIT) Long unitId, @InScope(ReferenceKind.ZONE) Long zoneId,
		@NotBlank String sectorCode, @Size(max = 500) String mainProducts,
		@PositiveOrZero @Max(1_000_000) Integer employees, Boolean cpPotential, FacilityStatus status,
		LocalDate closedOn, @Valid @Size(max = MAX_CONTACTS) List<ContactForm> contacts, Long version) {

	public static final int MAX_CONTACTS = 3;

	/** A contact row of the form; a row without a name is ignored. */
	public record ContactForm(@Size(max = 200) String name, @Size(max = 200) String jobTitle,
			@Size(max = 30) String phone, @Email @Size(max = 200) String email) {

		boolean isBlank() {
			return Texts.blankToNull(this.name) == null;
		}

	}

	static FacilityForm empty(Long enterpriseId) {
		return new FacilityForm(enterpriseId, "", null, null, null, null, null, null, false, FacilityStatus.ACTIVE,
				null, List.of(), null);
	}

	public static FacilityForm of(Facility facility) {
		return new FacilityForm(facility.getEnterpriseId(), facility.getName(), facility.getAddress(),
				facility.getUnitId(), facility.getZoneId(), facility.getSectorCode(), facility.getMainProducts(),
				facility.getEmployees(), facility.isCpPotential(), facility.getStatus(), facility.getClosedOn(),
				facility.getContacts()
					.stream()
					.map(contact -> new ContactForm(contact.name(), contact.jobTitle(), contact.phone(),
							contact.email()))
					.toList(),
				facility.getVersion());
	}

	/** The form's contacts with room for new ones, as the page shows them. */
	public List<ContactForm> contactRows() {
		List<ContactForm> rows = new java.util.ArrayList<>((this.contacts != null) ? this.contacts : List.of());
		while (rows.size() < MAX_CONTACTS) {
			rows.add(new ContactForm(null, null, null, null));
		}
		return rows;
	}

	public List<Contact> contactList() {
		if (this.contacts == null) {
			return List.of();
		}
		return this.contacts.stream()
			.filter(contact -> !contact.isBlank())
			.map(contact -> new Contact(contact.name().strip(), Texts.blankToNull(contact.jobTitle()),
					Texts.blankToNull(contact.phone()), Texts.blankToNull(contact.email())))
			.toList();
	}

}
