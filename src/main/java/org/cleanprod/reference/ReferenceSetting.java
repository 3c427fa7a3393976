package org.cleanprod.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cleanprod.shared.text.Texts;

/**
 * A legal threshold or convention kept as data ({@code DESIGNATED_ENERGY_USER_TOE}): its
 * key is how code reads it, so settings are edited, never added or removed, in the
 * application.
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

	private String unit;

	private String sourceIds;

	private String confidence;

	private String note;

	@Version
	private long version;

	protected ReferenceSetting() {
	}

	/** Applies the form; true when anything changed. */
	boolean apply(SettingForm form) {
		SettingSnapshot before = SettingSnapshot.of(this);
		this.value = SettingForm.plain(form.value());
		this.sourceIds = ReferenceCatalog.normalize(form.sourceIds());
		this.confidence = Texts.blankToNull(form.confidence());
		this.note = Texts.blankToNull(form.note());
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

	String getUnit() {
		return this.unit;
	}

	String getSourceIds() {
		return this.sourceIds;
	}

	String getConfidence() {
		return this.confidence;
	}

	String getNote() {
		return this.note;
	}

	long getVersion() {
		return this.version;
	}

}
