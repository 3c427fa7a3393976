package org.cleanprod.planning;

import org.cleanprod.planning.web.PlanForm;
import java.time.Instant;
import java.time.LocalDate;

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
 * A multi-year plan issued by a decision, such as a province's cleaner-production plan
 * for 2016-2020. Its targets are rows of their own ({@link PlanTarget}).
 */
@Entity
@Table(name = "plan")
public class Plan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private String nameEn;

	private int periodStartYear;

	private int periodEndYear;

	private String decisionNumber;

	private LocalDate decisionDate;

	private String issuer;

	private String issuerEn;

	private String summary;

	private String summaryEn;

	@Enumerated(EnumType.STRING)
	private PlanStatus status;

	private String source;

	private String note;

	private String searchText;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Plan() {
	}

	Plan(Instant now) {
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Applies the form; true when anything changed. */
	boolean apply(PlanForm form, Instant now) {
		PlanSnapshot before = PlanSnapshot.of(this);
		this.code = normalizedCode(form.code());
		this.name = form.name().strip();
		this.nameEn = Texts.blankToNull(form.nameEn());
		this.periodStartYear = form.periodStartYear();
		this.periodEndYear = form.periodEndYear();
		this.decisionNumber = Texts.blankToNull(form.decisionNumber());
		this.decisionDate = form.decisionDate();
		this.issuer = Texts.blankToNull(form.issuer());
		this.issuerEn = Texts.blankToNull(form.issuerEn());
		this.summary = Texts.blankToNull(form.summary());
		this.summaryEn = Texts.blankToNull(form.summaryEn());
		this.status = form.status();
		this.source = Texts.blankToNull(form.source());
		this.note = Texts.blankToNull(form.note());
		this.searchText = searchText(this.code, this.name, this.nameEn, this.decisionNumber, this.issuer);
		boolean changed = !before.equals(PlanSnapshot.of(this));
		if (changed) {
			this.updatedAt = now;
		}
		return changed;
	}

	/**
	 * Codes are compared and stored in upper case, so "kh-2021" and "KH-2021" are one.
	 */
	static String normalizedCode(String code) {
		return code.strip().toUpperCase(java.util.Locale.ROOT);
	}

	/**
	 * What the list's search matches, without accents: code, names, decision number and
	 * issuer.
	 */
	static String searchText(String code, String name, String nameEn, String decisionNumber, String issuer) {
		return Texts.fold(String.join(" ", code, name, orEmpty(nameEn), orEmpty(decisionNumber), orEmpty(issuer)));
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

	Long getId() {
		return this.id;
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

	public int getPeriodStartYear() {
		return this.periodStartYear;
	}

	public int getPeriodEndYear() {
		return this.periodEndYear;
	}

	public String getDecisionNumber() {
		return this.decisionNumber;
	}

	public LocalDate getDecisionDate() {
		return this.decisionDate;
	}

	public String getIssuer() {
		return this.issuer;
	}

	public String getIssuerEn() {
		return this.issuerEn;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getSummaryEn() {
		return this.summaryEn;
	}

	public PlanStatus getStatus() {
		return this.status;
	}

	public String getSource() {
		return this.source;
	}

	public String getNote() {
		return this.note;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
