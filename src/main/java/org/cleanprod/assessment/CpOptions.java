package org.cleanprod.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cleanprod.assessment.web.OptionForm;
import org.cleanprod.resources.ResourceView;
import org.cleanprod.resources.Resources;
import org.cleanprod.shared.audit.AuditLog;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.Permission;
import org.cleanprod.shared.security.ScopeKind;
import org.cleanprod.shared.web.InvalidFormException;
import org.cleanprod.shared.web.NotFoundException;
import org.cleanprod.shared.web.StaleEditException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CP options of an assessment, numbered within it: adding and editing them with the
 * figures of their feasibility, and screening them. Who may see or keep an assessment may
 * see or keep its options; an option is named by its assessment and its number, so it is
 * reached only through an assessment in reach. Every change writes its audit row
 * ({@value #OPTION}).
 */
@Service
@Transactional(readOnly = true)
public class CpOptions {

	public static final String OPTION = "assessment_option";

	private final CpOptionRepository options;

	private final AssessmentService assessments;

	private final AssessmentMethod method;

	private final Resources resources;

	private final AuditLog audit;

	private final Clock clock;

	CpOptions(CpOptionRepository options, AssessmentService assessments, AssessmentMethod method, Resources resources,
			AuditLog audit, Clock clock) {
		this.options = options;
		this.assessments = assessments;
		this.method = method;
		this.resources = resources;
		this.audit = audit;
		this.clock = clock;
	}

	/** The options of an assessment in reach, in their order, with their feasibility. */
	public List<OptionView> of(long assessmentId, CurrentUser user) {
		this.assessments.load(assessmentId, user);
		return this.options.findByAssessmentIdOrderByOptionNo(assessmentId).stream().map(OptionView::of).toList();
	}

	/** One option of an assessment in reach; not found otherwise. */
	public OptionView option(long assessmentId, int optionNo, CurrentUser user) {
		this.assessments.load(assessmentId, user);
		return OptionView.of(load(assessmentId, optionNo));
	}

	/** Adds an option; field errors are thrown together. Returns its number. */
	@Transactional
	public int add(long assessmentId, OptionForm form, CurrentUser user) {
		kept(assessmentId, user);
		CpOption.Figures figures = figures(form);
		CpOption option = new CpOption(assessmentId, this.options.lastOptionNo(assessmentId) + 1, this.clock.instant());
		option.describe(figures);
		this.options.saveAndFlush(option);
		this.audit.created(user, OPTION, option.getId(), OptionSnapshot.of(option));
		return option.getOptionNo();
	}

	/** Edits an option; a stale page is refused. True when anything changed. */
	@Transactional
	public boolean update(long assessmentId, int optionNo, OptionForm form, CurrentUser user) {
		kept(assessmentId, user);
		CpOption option = load(assessmentId, optionNo);
		StaleEditException.check(form.version(), option.getVersion());
		CpOption.Figures figures = figures(form);
		OptionSnapshot before = OptionSnapshot.of(option);
		if (!option.describe(figures)) {
			return false;
		}
		this.options.saveAndFlush(option);
		this.audit.updated(user, OPTION, option.getId(), before, OptionSnapshot.of(option));
		return true;
	}

	/**
	 * Screens an option: implement now, study further or reject, the last with a reason.
	 * True when anything changed.
	 */
	@Transactional
	public boolean screen(long assessmentId, int optionNo, Screening outcome, String reason, Long version,
			CurrentUser user) {
		kept(assessmentId, user);
		CpOption option = load(assessmentId, optionNo);
		StaleEditException.check(version, option.getVersion());
		if (outcome == null) {
			throw InvalidFormException.of("screening", "assessment.option.screening.required");
		}
		if (outcome == Screening.REJECTED && (reason == null || reason.isBlank())) {
			throw InvalidFormException.of("reason", "assessment.option.reason.required");
		}
		if (option.getStatus() == OptionStatus.IMPLEMENTED || option.getStatus() == OptionStatus.VERIFIED) {
			throw InvalidFormException.of("screening", "assessment.option.implementedAlready");
		}
		OptionSnapshot before = OptionSnapshot.of(option);
		if (!option.screen(outcome, reason)) {
			return false;
		}
		this.options.saveAndFlush(option);
		this.audit.updated(user, OPTION, option.getId(), before, OptionSnapshot.of(option));
		return true;
	}

	/**
	 * Marks a screened option, not rejected, implemented on a day, for what it actually
	 * cost. Those who keep the assessment may, and so may the enterprise whose facility
	 * it is: it knows when the work was done.
	 */
	@Transactional
	public void implement(long assessmentId, int optionNo, LocalDate on, BigDecimal actualInvestment, Long version,
			CurrentUser user) {
		Assessment assessment = this.assessments.load(assessmentId, user);
		if (!this.assessments.keeps(assessment, user) && !marksImplemented(user)) {
			throw new AccessDeniedException("assessment " + assessmentId + " is read-only for " + user);
		}
		CpOption option = load(assessmentId, optionNo);
		StaleEditException.check(version, option.getVersion());
		InvalidFormException.Collector errors = new InvalidFormException.Collector();
		if (on == null) {
			errors.reject("implementedOn", "assessment.option.implementedOn.required");
		}
		else if (on.isAfter(LocalDate.now(this.clock.withZone(Formats.ZONE)))) {
			errors.reject("implementedOn", "assessment.option.implementedOn.future");
		}
		if (actualInvestment != null && actualInvestment.signum() < 0) {
			errors.reject("actualInvestment", "assessment.option.actualInvestment.negative");
		}
		if (option.getStatus() != OptionStatus.SCREENED || option.getScreening() == Screening.REJECTED) {
			errors.reject("implementedOn", "assessment.option.notImplementable");
		}
		errors.throwIfAny();
		OptionSnapshot before = OptionSnapshot.of(option);
		option.implement(on, actualInvestment);
		this.options.saveAndFlush(option);
		this.audit.updated(user, OPTION, option.getId(), before, OptionSnapshot.of(option));
	}

	/**
	 * Whether the user is the enterprise of the facilities it sees: it marks options
	 * implemented.
	 */
	public static boolean marksImplemented(CurrentUser user) {
		return user.scope().kind() == ScopeKind.ENTERPRISE && user.can(Permission.ASSESSMENT_READ);
	}

	/**
	 * The form's figures, checked as a whole: a category of the method, resources that
	 * exist and are in use, each named once with its quantity and price.
	 */
	private CpOption.Figures figures(OptionForm form) {
		InvalidFormException.Collector errors = new InvalidFormException.Collector();
		Set<String> categories = this.method.categories(false)
			.stream()
			.map(OptionCategory::code)
			.collect(Collectors.toSet());
		if (!categories.contains(form.categoryCode())) {
			errors.reject("categoryCode", "assessment.option.category.unknown");
		}
		Set<String> seen = new HashSet<>();
		List<OptionSaving> savings = new ArrayList<>();
		List<OptionForm.SavingForm> rows = form.savings();
		for (int i = 0; i < rows.size(); i++) {
			OptionForm.SavingForm row = rows.get(i);
			if (row == null || row.resourceCode() == null || row.resourceCode().isBlank()) {
				continue;
			}
			String field = "savings[" + i + "]";
			ResourceView resource = this.resources.resource(row.resourceCode())
				.filter(ResourceView::active)
				.orElse(null);
			if (resource == null) {
				errors.reject(field + ".resourceCode", "assessment.option.resource.unknown", row.resourceCode());
			}
			else if (!seen.add(resource.code())) {
				errors.reject(field + ".resourceCode", "assessment.option.resource.twice");
			}
			else if (row.quantity() == null || row.price() == null) {
				errors.reject(field + ".quantity", "assessment.option.saving.incomplete");
			}
			else {
				savings.add(new OptionSaving(resource.code(), row.quantity(), resource.baseUnit().name(), row.price()));
			}
		}
		errors.throwIfAny();
		return new CpOption.Figures(form.description(), form.categoryCode(), form.processStep(), form.technicalNote(),
				form.environmentalNote(), form.investment(), form.operatingCostChange(), form.lifetimeYears(),
				form.discountRate(), savings);
	}

	private void kept(long assessmentId, CurrentUser user) {
		Assessment assessment = this.assessments.load(assessmentId, user);
		if (!this.assessments.keeps(assessment, user)) {
			throw new AccessDeniedException("assessment " + assessmentId + " is read-only for " + user);
		}
	}

	private CpOption load(long assessmentId, int optionNo) {
		return this.options.findByAssessmentIdAndOptionNo(assessmentId, optionNo)
			.orElseThrow(() -> new NotFoundException(OPTION, assessmentId + "/" + optionNo));
	}

}
