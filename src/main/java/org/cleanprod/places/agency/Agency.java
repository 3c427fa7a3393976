package org.cleanprod.places.agency;

import org.cleanprod.places.AgencyKind;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cleanprod.shared.provenance.Provenance;
import org.cleanprod.shared.text.Texts;

/**
 * A department, industrial-zone management board, media outlet or other agency with
 * duties in the CP plan. Its code is how imports and other modules name it, so it does
 * not change once created.
 */
@Entity
@Table(name = "agency")
class Agency {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private String nameEn;

	@Enumerated(EnumType.STRING)
	private AgencyKind kind;

	private boolean active = true;

	@Embedded
	private Provenance provenance;

	@Version
	private long version;

	protected Agency() {
	}

	Agency(String code) {
		this.code = code;
	}

	/** Applies the form (all but the code); true when anything changed. */
	boolean apply(AgencyForm form) {
		AgencySnapshot before = AgencySnapshot.of(this);
		this.name = form.name().strip();
		this.nameEn = Texts.blankToNull(form.nameEn());
		this.kind = form.kind();
		this.active = Boolean.TRUE.equals(form.active());
		return !before.equals(AgencySnapshot.of(this));
	}

	Long getId() {
		return this.id;
	}

	String getCode() {
		return this.code;
	}

	String getName() {
		return this.name;
	}

	String getNameEn() {
		return this.nameEn;
	}

	AgencyKind getKind() {
		return this.kind;
	}

	boolean isActive() {
		return this.active;
	}

	Provenance getProvenance() {
		return Provenance.orNone(this.provenance);
	}

	long getVersion() {
		return this.version;
	}

}
