package org.cleanprod.places.zone;

import org.cleanprod.places.ZoneKind;
import java.math.BigDecimal;

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
 * An industrial zone or cluster, managed by a board (an agency of kind ZONE_BOARD). Its
 * texts are in Vietnamese, each with an English twin that may be missing.
 */
@Entity
@Table(name = "industrial_zone")
public class IndustrialZone {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String nameEn;

	@Enumerated(EnumType.STRING)
	private ZoneKind kind;

	private Long boardId;

	private Long unitId;

	private BigDecimal areaHa;

	private String locationNote;

	private String locationNoteEn;

	private String areaNote;

	private String areaNoteEn;

	private boolean active = true;

	@Embedded
	private Provenance provenance;

	private String searchText;

	@Version
	private long version;

	protected IndustrialZone() {
	}

	IndustrialZone(String name, ZoneKind kind) {
		this.kind = kind;
		rename(name, null);
	}

	public static String searchText(String name, String nameEn) {
		return Texts.fold(name + " " + ((nameEn != null) ? nameEn : ""));
	}

	void rename(String name, String nameEn) {
		this.name = name;
		this.nameEn = nameEn;
		this.searchText = searchText(name, nameEn);
	}

	/** Applies the form; true when anything changed. */
	boolean apply(ZoneForm form) {
		ZoneSnapshot before = ZoneSnapshot.of(this);
		rename(form.name().strip(), Texts.blankToNull(form.nameEn()));
		this.kind = form.kind();
		this.boardId = form.boardId();
		this.unitId = form.unitId();
		this.areaHa = form.areaHa();
		this.locationNote = Texts.blankToNull(form.locationNote());
		this.locationNoteEn = Texts.blankToNull(form.locationNoteEn());
		this.provenance = getProvenance().withNote(form.note(), form.noteEn());
		this.active = Boolean.TRUE.equals(form.active());
		return !before.equals(ZoneSnapshot.of(this));
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	String getNameEn() {
		return this.nameEn;
	}

	ZoneKind getKind() {
		return this.kind;
	}

	Long getBoardId() {
		return this.boardId;
	}

	Long getUnitId() {
		return this.unitId;
	}

	BigDecimal getAreaHa() {
		return this.areaHa;
	}

	String getLocationNote() {
		return this.locationNote;
	}

	String getLocationNoteEn() {
		return this.locationNoteEn;
	}

	String getAreaNote() {
		return this.areaNote;
	}

	String getAreaNoteEn() {
		return this.areaNoteEn;
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
