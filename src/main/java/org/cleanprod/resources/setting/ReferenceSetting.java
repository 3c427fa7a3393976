package org.cleanprod.resources.setting;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cleanprod.shared.provenance.Provenance;

/**
 * A legal threshold or convention kept as data ({@code DESIGNATED_ENERGY_USER_TOE}): its
 * key is how code reads it, so settings are edited, never added or removed, in the
 * application. Its name, unit, confidence and note are in Vietnamese, each with an
 * English twin ({@code nameEn}, ...) that may be missing.
 */
@Entity
@Table(name = "reference_setting")
class ReferenceSetting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "setting_key")
	private String key;

	@Column(name = "setting_value")
	private String value;

	private String name;

	private String nameEn;

	private String unit;

	private String unitEn;

	@Embedded
	private Provenance provenance;

	@Version
	private long version;

	protected ReferenceSetting() {
	}

	/** Applies the form; true when anything changed. */
	boolean apply(SettingForm form) {
		SettingSnapshot before = SettingSnapshot.of(this);
		this.value = SettingForm.plain(form.value());
		this.provenance = Provenance.of(form.sourceIds(), form.confidence(), form.confidenceEn(), form.note(),
				form.noteEn());
		return !before.equals(SettingSnapshot.of(this));
	}

	Long getId() {
		return this.id;
	}

	String getKey() {
		return this.key;
	}

	String getValue() {
		return this.value;
	}

	String getName() {
		return this.name;
	}

	String getNameEn() {
		return this.nameEn;
	}

	String getUnit() {
		return this.unit;
	}

	String getUnitEn() {
		return this.unitEn;
	}

	Provenance getProvenance() {
		return Provenance.orNone(this.provenance);
	}

	long getVersion() {
		return this.version;
	}

}
