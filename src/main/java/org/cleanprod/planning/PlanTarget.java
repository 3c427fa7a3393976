package org.cleanprod.planning;

import org.cleanprod.planning.web.TargetForm;
import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cleanprod.shared.text.Texts;

/**
 * A target indicator of a plan: what to reach (a band or a single value, in a unit) by
 * which year, and of what whole a share is counted.
 */
@Entity
@Table(name = "plan_target")
public class PlanTarget {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long planId;

	private String code;

	private String name;

	private String nameEn;

	@Enumerated(EnumType.STRING)
	private TargetKind kind;

	private String unit;

	private BigDecimal targetMin;

	private BigDecimal targetMax;

	private int targetYear;

	private String basis;

	private String basisEn;

	private int sortOrder;

	@Version
	private long version;

	protected PlanTarget() {
	}

	PlanTarget(long planId, String code) {
		this.planId = planId;
		this.code = code;
	}

	/**
	 * Applies the form (its code is fixed once the target exists); true when anything
	 * changed.
	 */
	boolean apply(TargetForm form, int defaultSortOrder) {
		TargetSnapshot before = TargetSnapshot.of(this);
		this.name = form.name().strip();
		this.nameEn = Texts.blankToNull(form.nameEn());
		this.kind = form.kind();
		this.unit = form.unit().strip();
		this.targetMin = TargetForm.plain(form.targetMin());
		this.targetMax = TargetForm.plain(form.targetMax());
		this.targetYear = form.targetYear();
		this.basis = Texts.blankToNull(form.basis());
		this.basisEn = Texts.blankToNull(form.basisEn());
		this.sortOrder = (form.sortOrder() != null) ? form.sortOrder() : defaultSortOrder;
		return !before.equals(TargetSnapshot.of(this));
	}

	TargetBand band() {
		return new TargetBand(this.targetMin, this.targetMax);
	}

	Long getId() {
		return this.id;
	}

	long getPlanId() {
		return this.planId;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public TargetKind getKind() {
		return this.kind;
	}

	public String getUnit() {
		return this.unit;
	}

	public BigDecimal getTargetMin() {
		return this.targetMin;
	}

	public BigDecimal getTargetMax() {
		return this.targetMax;
	}

	public int getTargetYear() {
		return this.targetYear;
	}

	public String getBasis() {
		return this.basis;
	}

	public String getBasisEn() {
		return this.basisEn;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public long getVersion() {
		return this.version;
	}

}
