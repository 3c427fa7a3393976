package org.cleanprod.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cleanprod.assessment.feasibility.Feasibility;
import org.cleanprod.assessment.feasibility.FeasibilityInput;
import org.cleanprod.assessment.feasibility.FeasibilityResult;
import org.cleanprod.shared.text.Texts;

/**
 * A CP option found by an assessment: what it changes, in which of the UNEP categories
 * and where in the process; the figures of its feasibility; and how far it has come. Its
 * yearly net cash flow is the value of what it saves less the change in operating costs,
 * for each year of its lifetime after the investment (UNEP/UNIDO method, step 4).
 */
@Entity
@Table(name = "assessment_option")
class CpOption {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long assessmentId;

	private int optionNo;

	private String description;

	private String categoryCode;

	private String processStep;

	private String technicalNote;

	private String environmentalNote;

	private BigDecimal investment;

	private BigDecimal operatingCostChange;

	private int lifetimeYears;

	private BigDecimal discountRate;

	@Enumerated(EnumType.STRING)
	private OptionStatus status = OptionStatus.PROPOSED;

	@Enumerated(EnumType.STRING)
	private Screening screening;

	private String screeningReason;

	private LocalDate implementedOn;

	private BigDecimal actualInvestment;

	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "assessment_option_saving", joinColumns = @JoinColumn(name = "option_id"))
	private List<OptionSaving> savings = new ArrayList<>();

	@Version
	private long version;

	protected CpOption() {
	}

	CpOption(long assessmentId, int optionNo, Instant now) {
		this.assessmentId = assessmentId;
		this.optionNo = optionNo;
		this.createdAt = now;
	}

	/** What the option is and the figures of its feasibility. */
	record Figures(String description, String categoryCode, String processStep, String technicalNote,
			String environmentalNote, BigDecimal investment, BigDecimal operatingCostChange, int lifetimeYears,
			BigDecimal discountRate, List<OptionSaving> savings) {

		/** At the scale of the columns, so that figures read back equal those stored. */
		Figures {
			investment = investment.setScale(0, RoundingMode.HALF_EVEN);
			operatingCostChange = operatingCostChange.setScale(0, RoundingMode.HALF_EVEN);
			discountRate = discountRate.setScale(3, RoundingMode.HALF_EVEN);
			savings = List.copyOf(savings);
		}

	}

	/** Takes the description and figures; true when anything changed. */
	boolean describe(Figures figures) {
		Figures before = figures();
		this.description = figures.description().strip();
		this.categoryCode = figures.categoryCode();
		this.processStep = Texts.blankToNull(figures.processStep());
		this.technicalNote = Texts.blankToNull(figures.technicalNote());
		this.environmentalNote = Texts.blankToNull(figures.environmentalNote());
		this.investment = figures.investment();
		this.operatingCostChange = figures.operatingCostChange();
		this.lifetimeYears = figures.lifetimeYears();
		this.discountRate = figures.discountRate();
		this.savings.clear();
		this.savings.addAll(figures.savings());
		return !figures().equals(before);
	}

	Figures figures() {
		if (this.description == null) {
			return null;
		}
		return new Figures(this.description, this.categoryCode, this.processStep, this.technicalNote,
				this.environmentalNote, this.investment, this.operatingCostChange, this.lifetimeYears,
				this.discountRate, this.savings);
	}

	/**
	 * Screens the option; a rejection says why. Screening again replaces the outcome
	 * while the option is not implemented.
	 */
	boolean screen(Screening outcome, String reason) {
		if (this.status == OptionStatus.IMPLEMENTED || this.status == OptionStatus.VERIFIED) {
			throw new IllegalStateException("option " + this.optionNo + " is implemented already");
		}
		String why = Texts.blankToNull(reason);
		if (outcome == Screening.REJECTED && why == null) {
			throw new IllegalArgumentException("a rejection says why");
		}
		boolean changed = this.status != OptionStatus.SCREENED || outcome != this.screening
				|| !Objects.equals(why, this.screeningReason);
		this.status = OptionStatus.SCREENED;
		this.screening = outcome;
		this.screeningReason = why;
		return changed;
	}

	/** Marks a screened, not rejected option implemented on a day, for what it cost. */
	void implement(LocalDate on, BigDecimal cost) {
		if (this.status != OptionStatus.SCREENED || this.screening == Screening.REJECTED) {
			throw new IllegalStateException("only a screened option not rejected is implemented");
		}
		this.status = OptionStatus.IMPLEMENTED;
		this.implementedOn = on;
		this.actualInvestment = cost;
	}

	/** The value of the yearly savings less the change in operating costs, in VND. */
	BigDecimal annualNetSaving() {
		return this.savings.stream()
			.map(OptionSaving::value)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.subtract(this.operatingCostChange);
	}

	/**
	 * NPV, IRR and paybacks of the investment and the yearly net saving over the
	 * lifetime.
	 */
	FeasibilityResult feasibility() {
		List<Double> flows = Collections.nCopies(this.lifetimeYears, annualNetSaving().doubleValue());
		return Feasibility
			.calculate(new FeasibilityInput(this.investment.doubleValue(), flows, this.discountRate.doubleValue()));
	}

	Long getId() {
		return this.id;
	}

	long getAssessmentId() {
		return this.assessmentId;
	}

	int getOptionNo() {
		return this.optionNo;
	}

	OptionStatus getStatus() {
		return this.status;
	}

	Screening getScreening() {
		return this.screening;
	}

	String getScreeningReason() {
		return this.screeningReason;
	}

	LocalDate getImplementedOn() {
		return this.implementedOn;
	}

	BigDecimal getActualInvestment() {
		return this.actualInvestment;
	}

	long getVersion() {
		return this.version;
	}

}
