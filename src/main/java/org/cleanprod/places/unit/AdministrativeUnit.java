package org.cleanprod.places.unit;

import org.cleanprod.places.UnitLevel;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
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
 * A province, district-level or commune-level unit, valid from and to the given dates
 * (inclusive; open ends when null). A GSO code identifies a unit only together with its
 * validity: codes were reused in 2025.
 */
@Entity
@Table(name = "admin_unit")
public class AdministrativeUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private String nameEn;

	@Enumerated(EnumType.STRING)
	private UnitLevel level;

	private String unitType;

	private Long parentId;

	private LocalDate validFrom;

	private LocalDate validTo;

	private String legalBasis;

	@Embedded
	private Provenance provenance;

	@Column(name = "search_text")
	private String searchText;

	@Version
	private long version;

	protected AdministrativeUnit() {
	}

	AdministrativeUnit(String code, String name, UnitLevel level, Long parentId) {
		this.code = code;
		this.level = level;
		this.parentId = parentId;
		rename(name, null);
	}

	public static String searchText(String code, String name, String nameEn) {
		return Texts.fold(code + " " + name + " " + ((nameEn != null) ? nameEn : ""));
	}

	void rename(String name, String nameEn) {
		this.name = name;
		this.nameEn = nameEn;
		this.searchText = searchText(this.code, name, nameEn);
	}

	/**
	 * Applies the form's own fields (its successions are kept apart); true when anything
	 * changed.
	 */
	boolean apply(UnitForm form) {
		UnitSnapshot before = UnitSnapshot.of(this, List.of());
		this.code = form.code().strip();
		this.level = form.level();
		this.unitType = Texts.blankToNull(form.unitType());
		this.parentId = form.parentId();
		this.validFrom = form.validFrom();
		this.validTo = form.validTo();
		this.legalBasis = Texts.blankToNull(form.legalBasis());
		this.provenance = getProvenance().withNote(form.note(), form.noteEn());
		rename(form.name().strip(), Texts.blankToNull(form.nameEn()));
		return !before.equals(UnitSnapshot.of(this, List.of()));
	}

	boolean isValidOn(LocalDate date) {
		return (this.validFrom == null || !date.isBefore(this.validFrom))
				&& (this.validTo == null || !date.isAfter(this.validTo));
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

	UnitLevel getLevel() {
		return this.level;
	}

	void setLevel(UnitLevel level) {
		this.level = level;
	}

	String getUnitType() {
		return this.unitType;
	}

	Long getParentId() {
		return this.parentId;
	}

	LocalDate getValidFrom() {
		return this.validFrom;
	}

	LocalDate getValidTo() {
		return this.validTo;
	}

	String getLegalBasis() {
		return this.legalBasis;
	}

	Provenance getProvenance() {
		return Provenance.orNone(this.provenance);
	}

	long getVersion() {
		return this.version;
	}

}
