package org.cleanprod.resources.factor;

import org.cleanprod.resources.FactorKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

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
import org.cleanprod.shared.units.MeasureUnit;

/**
 * One version of a conversion factor. Stored results name the factors they used, so a
 * factor is never deleted and its resource, kind, unit, value and start never change: a
 * later version closes it ({@link #closeOn}), a correction supersedes it
 * ({@link #supersededBy}); only its sources, confidence and note may be corrected.
 */
@Entity
@Table(name = "conversion_factor")
class ConversionFactor {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String resourceCode;

	@Enumerated(EnumType.STRING)
	private FactorKind kind;

	@Enumerated(EnumType.STRING)
	private MeasureUnit perUnit;

	@Column(name = "factor_value")
	private BigDecimal value;

	private BigDecimal valueMax;

	private LocalDate validFrom;

	private LocalDate validTo;

	private boolean derived;

	@Embedded
	private Provenance provenance;

	private Long supersededBy;

	private Instant createdAt;

	@Version
	private long version;

	protected ConversionFactor() {
	}

	ConversionFactor(String resourceCode, FactorForm form, Instant createdAt) {
		this.resourceCode = resourceCode;
		this.kind = form.kind();
		this.perUnit = form.perUnit();
		this.value = form.value();
		this.valueMax = form.valueMax();
		this.validFrom = form.validFrom();
		this.validTo = form.validTo();
		this.derived = Boolean.TRUE.equals(form.derived());
		this.createdAt = createdAt;
		annotate(form.sourceIds(), form.confidence(), form.confidenceEn(), form.note(), form.noteEn());
	}

	/**
	 * Corrects what is said about the factor (source ids as "S-EF1;S-EF3"; confidence and
	 * note in Vietnamese and English); true when anything changed.
	 */
	boolean annotate(String sourceIds, String confidence, String confidenceEn, String note, String noteEn) {
		FactorSnapshot before = FactorSnapshot.of(this);
		this.provenance = Provenance.of(sourceIds, confidence, confidenceEn, note, noteEn);
		return !before.equals(FactorSnapshot.of(this));
	}

	/** Ends an open-ended factor the day before a later version starts. */
	void closeOn(LocalDate lastDay) {
		if (this.validTo != null || (this.validFrom != null && lastDay.isBefore(this.validFrom))) {
			throw new IllegalStateException("Factor " + this.id + " cannot close on " + lastDay);
		}
		this.validTo = lastDay;
	}

	/** Retires a wrong factor in favour of its correction. */
	void supersede(long correctionId) {
		if (this.supersededBy != null) {
			throw new IllegalStateException("Factor " + this.id + " is already superseded");
		}
		this.supersededBy = correctionId;
	}

	/** Whether the validity of this factor and the given one share a day. */
	boolean overlaps(LocalDate from, LocalDate to) {
		return (this.validFrom == null || to == null || !this.validFrom.isAfter(to))
				&& (this.validTo == null || from == null || !this.validTo.isBefore(from));
	}

	Long getId() {
		return this.id;
	}

	String getResourceCode() {
		return this.resourceCode;
	}

	FactorKind getKind() {
		return this.kind;
	}

	MeasureUnit getPerUnit() {
		return this.perUnit;
	}

	BigDecimal getValue() {
		return this.value;
	}

	BigDecimal getValueMax() {
		return this.valueMax;
	}

	LocalDate getValidFrom() {
		return this.validFrom;
	}

	LocalDate getValidTo() {
		return this.validTo;
	}

	boolean isDerived() {
		return this.derived;
	}

	Long getSupersededBy() {
		return this.supersededBy;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Provenance getProvenance() {
		return Provenance.orNone(this.provenance);
	}

	long getVersion() {
		return this.version;
	}

}
