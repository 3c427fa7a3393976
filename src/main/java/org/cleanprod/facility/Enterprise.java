package org.cleanprod.facility;

import org.cleanprod.facility.web.EnterpriseForm;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cleanprod.shared.text.Texts;

/** A legal entity identified by its tax code; it owns one or more facilities. */
@Entity
@Table(name = "enterprise")
public class Enterprise {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String taxCode;

	private String name;

	private String nameEn;

	private String address;

	@Enumerated(EnumType.STRING)
	private Ownership ownership;

	private String representative;

	private String phone;

	private String email;

	private String searchText;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Enterprise() {
	}

	Enterprise(String taxCode, Instant now) {
		this.taxCode = taxCode;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Applies the editable fields; true when anything changed. */
	boolean apply(EnterpriseForm form, Instant now) {
		EnterpriseSnapshot before = EnterpriseSnapshot.of(this);
		this.name = form.name().strip();
		this.nameEn = Texts.blankToNull(form.nameEn());
		this.address = Texts.blankToNull(form.address());
		this.ownership = form.ownership();
		this.representative = Texts.blankToNull(form.representative());
		this.phone = Texts.blankToNull(form.phone());
		this.email = Texts.blankToNull(form.email());
		this.searchText = Texts
			.fold(String.join(" ", this.taxCode, this.name, (this.nameEn != null) ? this.nameEn : ""));
		boolean changed = !before.equals(EnterpriseSnapshot.of(this));
		if (changed) {
			this.updatedAt = now;
		}
		return changed;
	}

	public Long getId() {
		return this.id;
	}

	public String getTaxCode() {
		return this.taxCode;
	}

	public String getName() {
		return this.name;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public String getAddress() {
		return this.address;
	}

	public Ownership getOwnership() {
		return this.ownership;
	}

	public String getRepresentative() {
		return this.representative;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getEmail() {
		return this.email;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
