package org.cleanprod.planning;

import org.cleanprod.planning.web.PlanFilter;
import org.cleanprod.planning.web.PlanForm;
import org.cleanprod.planning.web.PlanRow;
import org.cleanprod.planning.web.TargetForm;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.cleanprod.shared.audit.AuditEntry;
import org.cleanprod.shared.audit.AuditLog;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.listing.Listing;
import org.cleanprod.shared.listing.Sorting;
import org.cleanprod.shared.jdbc.Where;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.Permission;
import org.cleanprod.shared.text.Texts;
import org.cleanprod.shared.web.StaleEditException;
import org.cleanprod.shared.web.InvalidFormException;
import org.cleanprod.shared.web.NotFoundException;
import org.cleanprod.shared.listing.PageQuery;
import org.cleanprod.shared.listing.PageView;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entry to plans and their targets. Reading is open to every module and every
 * signed-in user: {@link #plans()}, {@link #plan(long)}, {@link #activePlan(LocalDate)}
 * and {@link #target(long, String)}. Changing needs {@link Permission#PLAN_EDIT}; every
 * change is checked as a whole, refused when stale (optimistic locking) and writes its
 * audit row ({@value #PLAN} or {@value #TARGET}) in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class PlanningService {

	public static final String PLAN = "plan";

	public static final String TARGET = "plan_target";

	/** The newest period first, by default. */
	public static final Sorting SORTING = Sorting
		.of("period", "p.code, p.id", Map.of("code", "p.code", "name", "p.name", "decision",
				"p.decision_date {dir} NULLS LAST", "period", "p.period_start_year {dir}, p.period_end_year {dir}"))
		.descending();

	private static final String COLUMNS = "SELECT p.id, p.code, p.name, p.name_en, p.period_start_year, "
			+ "p.period_end_year, p.decision_number, p.decision_date, p.issuer, p.issuer_en, p.status, "
			+ "(SELECT COUNT(*) FROM plan_target t WHERE t.plan_id = p.id) AS target_count";

	private static final String FROM = " FROM plan p";

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final PlanRepository plans;

	private final PlanTargetRepository targets;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final Listing list;

	private final Clock clock;

	PlanningService(PlanRepository plans, PlanTargetRepository targets, AuditLog audit, JdbcClient jdbc, Clock clock) {
		this.plans = plans;
		this.targets = targets;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
		this.list = new Listing(jdbc, COLUMNS, FROM, SORTING);
	}

	/** Every plan with its targets, the latest period first. */
	public List<PlanView> plans() {
		return this.plans.findAll()
			.stream()
			.sorted((a, b) -> (a.getPeriodStartYear() != b.getPeriodStartYear())
					? Integer.compare(b.getPeriodStartYear(), a.getPeriodStartYear())
					: a.getCode().compareTo(b.getCode()))
			.map(this::view)
			.toList();
	}

	/** A plan with its targets. */
	public Optional<PlanView> plan(long id) {
		return this.plans.findById(id).map(this::view);
	}

	/**
	 * The plan in force on a date: an issued plan whose period includes the date's year.
	 * Where periods overlap (a new plan issued before the old one ends), the latest start
	 * wins, then the latest decision. Drafts and revoked plans are never in force.
	 */
	public Optional<PlanView> activePlan(LocalDate date) {
		return this.jdbc.sql("""
				SELECT id FROM plan
				WHERE status = 'ISSUED' AND period_start_year <= :year AND period_end_year >= :year
				ORDER BY period_start_year DESC, decision_date DESC NULLS LAST, id DESC
				""").param("year", date.getYear()).query(Long.class).list().stream().findFirst().flatMap(this::plan);
	}

	/** A plan's target by its code (AWARENESS, SAVINGS…), in any letter case. */
	public Optional<TargetView> target(long planId, String code) {
		return plan(planId).flatMap(plan -> plan.target(code));
	}

	public PageView<PlanRow> search(PlanFilter filter, PageQuery page, CurrentUser user) {
		return this.list.page(where(filter, user), page, this::row);
	}

	/** Every plan the filter selects, in the list's order, for exports. */
	public void forEach(PlanFilter filter, PageQuery order, CurrentUser user, Consumer<PlanRow> consumer) {
		this.list.forEach(where(filter, user), order, this::row, consumer);
	}

	/** A plan for its page; 404 when there is none or the user may not see it. */
	public PlanView details(long id, CurrentUser user) {
		return plan(id).filter(plan -> seesDrafts(user) || plan.status() != PlanStatus.DRAFT)
			.orElseThrow(() -> new NotFoundException(PLAN, id));
	}

	/**
	 * Whether the user may see this plan: an issued or revoked plan everyone, a draft
	 * only those who edit plans (a draft is not yet the province's position).
	 */
	boolean isVisible(long id, CurrentUser user) {
		return this.plans.findById(id)
			.filter(plan -> seesDrafts(user) || plan.getStatus() != PlanStatus.DRAFT)
			.isPresent();
	}

	/** Whether the user may see this target: one of a plan they may see. */
	boolean isTargetVisible(long targetId, CurrentUser user) {
		return this.targets.findById(targetId).filter(target -> isVisible(target.getPlanId(), user)).isPresent();
	}

	private static boolean seesDrafts(CurrentUser user) {
		return user.can(Permission.PLAN_EDIT);
	}

	public PlanForm form(long id) {
		return PlanForm.of(load(id));
	}

	public TargetForm targetForm(long planId, long targetId) {
		return TargetForm.of(loadTarget(planId, targetId));
	}

	/** An empty target form for a plan: its last year, after its last target. */
	public TargetForm newTargetForm(long planId) {
		Plan plan = load(planId);
		return TargetForm.empty(plan.getPeriodEndYear(), nextSortOrder(planId));
	}

	/** Creates a plan; field errors are thrown together. */
	@Transactional
	public long create(PlanForm form, CurrentUser actor) {
		requireEditor(actor);
		check(null, form);
		Plan plan = new Plan(this.clock.instant());
		plan.apply(form, this.clock.instant());
		try {
			this.plans.saveAndFlush(plan);
		}
		catch (DataIntegrityViolationException ex) {
			throw codeTaken(form.code());
		}
		this.audit.created(actor, PLAN, plan.getId(), PlanSnapshot.of(plan));
		return plan.getId();
	}

	/**
	 * Updates a plan; a stale version (someone saved meanwhile) is refused. True when
	 * anything changed.
	 */
	@Transactional
	public boolean update(long id, PlanForm form, CurrentUser actor) {
		requireEditor(actor);
		Plan plan = load(id);
		StaleEditException.check(form.version(), plan.getVersion());
		check(id, form);
		PlanSnapshot before = PlanSnapshot.of(plan);
		if (!plan.apply(form, this.clock.instant())) {
			return false;
		}
		try {
			this.plans.saveAndFlush(plan);
		}
		catch (DataIntegrityViolationException ex) {
			throw codeTaken(form.code());
		}
		this.audit.updated(actor, PLAN, id, before, PlanSnapshot.of(plan));
		return true;
	}

	/** Adds a target to a plan; field errors are thrown together. */
	@Transactional
	public long addTarget(long planId, TargetForm form, CurrentUser actor) {
		requireEditor(actor);
		Plan plan = load(planId);
		checkTarget(plan, null, form);
		PlanTarget target = new PlanTarget(planId, Plan.normalizedCode(form.code()));
		target.apply(form, nextSortOrder(planId));
		try {
			this.targets.saveAndFlush(target);
		}
		catch (DataIntegrityViolationException ex) {
			throw InvalidFormException.of("code", "plan.target.error.codeTaken", target.getCode());
		}
		this.audit.created(actor, TARGET, target.getId(), TargetSnapshot.of(target));
		return target.getId();
	}

	/**
	 * Updates a target of a plan; its code is fixed, a stale version is refused. True
	 * when anything changed.
	 */
	@Transactional
	public boolean updateTarget(long planId, long targetId, TargetForm form, CurrentUser actor) {
		requireEditor(actor);
		Plan plan = load(planId);
		PlanTarget target = loadTarget(planId, targetId);
		StaleEditException.check(form.version(), target.getVersion());
		checkTarget(plan, target, form);
		TargetSnapshot before = TargetSnapshot.of(target);
		if (!target.apply(form, target.getSortOrder())) {
			return false;
		}
		this.targets.saveAndFlush(target);
		this.audit.updated(actor, TARGET, targetId, before, TargetSnapshot.of(target));
		return true;
	}

	/**
	 * Deletes a target of a plan, if it is still the version the caller saw; the audit
	 * row keeps its last state.
	 */
	@Transactional
	public void deleteTarget(long planId, long targetId, Long version, CurrentUser actor) {
		requireEditor(actor);
		PlanTarget target = loadTarget(planId, targetId);
		StaleEditException.check(version, target.getVersion());
		TargetSnapshot before = TargetSnapshot.of(target);
		this.targets.delete(target);
		this.targets.flush();
		this.audit.deleted(actor, TARGET, targetId, before);
	}

	/** The plan's own history, newest first. */
	public List<AuditEntry> history(long planId, CurrentUser user) {
		details(planId, user);
		return this.audit.history(PLAN, planId);
	}

	/** The history of the plan's targets, deleted ones included, newest first. */
	public List<AuditEntry> targetHistory(long planId, CurrentUser user) {
		details(planId, user);
		return this.audit.historyOf(TARGET, "planId", planId);
	}

	/**
	 * The rules of a plan: its period in order, a decision named when it is issued, a
	 * code no other plan uses, and a period that still holds the target years of its
	 * targets.
	 */
	private void check(Long id, PlanForm form) {
		InvalidFormException.Collector errors = new InvalidFormException.Collector();
		int start = form.periodStartYear();
		int end = form.periodEndYear();
		if (end < start) {
			errors.reject("periodEndYear", "plan.error.periodOrder");
		}
		if (form.status() == PlanStatus.ISSUED) {
			if (Texts.blankToNull(form.decisionNumber()) == null) {
				errors.reject("decisionNumber", "plan.error.decisionRequired");
			}
			if (form.decisionDate() == null) {
				errors.reject("decisionDate", "plan.error.decisionRequired");
			}
		}
		String code = Plan.normalizedCode(form.code());
		this.plans.findByCode(code)
			.filter(other -> !Objects.equals(other.getId(), id))
			.ifPresent(other -> errors.reject("code", "plan.error.codeTaken", code));
		if (id != null && end >= start) {
			this.targets.findByPlanIdOrderBySortOrderAscCodeAsc(id)
				.stream()
				.filter(target -> target.getTargetYear() < start || target.getTargetYear() > end)
				.findFirst()
				.ifPresent(target -> errors.reject(
						(target.getTargetYear() < start) ? "periodStartYear" : "periodEndYear",
						"plan.error.targetOutsidePeriod", target.getCode(), String.valueOf(target.getTargetYear())));
		}
		errors.throwIfAny();
	}

	/**
	 * The rules of a target: a code unused in its plan (and fixed once given), a target
	 * year within the plan's period, at least one bound, min not above max, and shares
	 * between 0 and 100.
	 */
	private void checkTarget(Plan plan, PlanTarget target, TargetForm form) {
		InvalidFormException.Collector errors = new InvalidFormException.Collector();
		String code = Plan.normalizedCode(form.code());
		if (target != null && !target.getCode().equals(code)) {
			errors.reject("code", "plan.target.error.codeFixed");
		}
		else if (target == null && this.targets.findByPlanIdOrderBySortOrderAscCodeAsc(plan.getId())
			.stream()
			.anyMatch(other -> other.getCode().equals(code))) {
			errors.reject("code", "plan.target.error.codeTaken", code);
		}
		int year = form.targetYear();
		if (year < plan.getPeriodStartYear() || year > plan.getPeriodEndYear()) {
			errors.reject("targetYear", "plan.target.error.yearOutsidePeriod",
					String.valueOf(plan.getPeriodStartYear()), String.valueOf(plan.getPeriodEndYear()));
		}
		BigDecimal min = form.targetMin();
		BigDecimal max = form.targetMax();
		if (min == null && max == null) {
			errors.reject("targetMin", "plan.target.error.boundRequired");
		}
		if (min != null && max != null && min.compareTo(max) > 0) {
			errors.reject("targetMax", "plan.target.error.minAboveMax");
		}
		if (form.kind().isShare()) {
			if (min != null && (min.signum() < 0 || min.compareTo(HUNDRED) > 0)) {
				errors.reject("targetMin", "plan.target.error.share");
			}
			if (max != null && (max.signum() < 0 || max.compareTo(HUNDRED) > 0)) {
				errors.reject("targetMax", "plan.target.error.share");
			}
		}
		errors.throwIfAny();
	}

	private static InvalidFormException codeTaken(String code) {
		return InvalidFormException.of("code", "plan.error.codeTaken", Plan.normalizedCode(code));
	}

	/**
	 * Pages and the API declare {@code PLAN_EDIT}; the service checks it again because
	 * other modules may call it too.
	 */
	private static void requireEditor(CurrentUser actor) {
		if (actor == null || !actor.can(Permission.PLAN_EDIT)) {
			throw new AccessDeniedException("PLAN_EDIT required");
		}
	}

	private int nextSortOrder(long planId) {
		Integer max = this.jdbc.sql("SELECT MAX(sort_order) FROM plan_target WHERE plan_id = :plan")
			.param("plan", planId)
			.query(Integer.class)
			.optional()
			.orElse(null);
		return (max != null) ? max + 10 : 10;
	}

	private PlanView view(Plan plan) {
		List<TargetView> targets = this.targets.findByPlanIdOrderBySortOrderAscCodeAsc(plan.getId())
			.stream()
			.map(PlanningService::view)
			.toList();
		return new PlanView(plan.getId(), plan.getCode(), plan.getName(), plan.getNameEn(), plan.getPeriodStartYear(),
				plan.getPeriodEndYear(), plan.getDecisionNumber(), plan.getDecisionDate(), plan.getIssuer(),
				plan.getIssuerEn(), plan.getSummary(), plan.getSummaryEn(), plan.getStatus(),
				PlanPhase.of(plan.getStatus(), plan.getPeriodStartYear(), plan.getPeriodEndYear(), thisYear()),
				plan.getSource(), plan.getNote(), plan.getCreatedAt(), plan.getUpdatedAt(), plan.getVersion(), targets);
	}

	private static TargetView view(PlanTarget target) {
		return new TargetView(target.getId(), target.getPlanId(), target.getCode(), target.getName(),
				target.getNameEn(), target.getKind(), target.getUnit(),
				new TargetBand(TargetForm.plain(target.getTargetMin()), TargetForm.plain(target.getTargetMax())),
				target.getTargetYear(), target.getBasis(), target.getBasisEn(), target.getSortOrder(),
				target.getVersion());
	}

	/**
	 * Today in the province's time zone: what "in force" and the phases are judged on.
	 */
	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), Formats.ZONE);
	}

	private int thisYear() {
		return today().getYear();
	}

	private Where where(PlanFilter filter, CurrentUser user) {
		Where where = new Where();
		if (!seesDrafts(user)) {
			where.and("p.status <> 'DRAFT'");
		}
		where.words("p.search_text", filter.q());
		if (filter.year() != null) {
			where.and("p.period_start_year <= :year AND p.period_end_year >= :year", "year", filter.year());
		}
		if (filter.phase() != null) {
			int year = thisYear();
			switch (filter.phase()) {
				case DRAFT -> where.and("p.status = 'DRAFT'");
				case REVOKED -> where.and("p.status = 'REVOKED'");
				case UPCOMING -> where.and("p.status = 'ISSUED' AND p.period_start_year > :now", "now", year);
				case ENDED -> where.and("p.status = 'ISSUED' AND p.period_end_year < :now", "now", year);
				case IN_FORCE ->
					where.and("p.status = 'ISSUED' AND p.period_start_year <= :now AND p.period_end_year >= :now",
							"now", year);
			}
		}
		return where;
	}

	private PlanRow row(ResultSet rs, int row) throws SQLException {
		PlanStatus status = PlanStatus.valueOf(rs.getString("status"));
		int start = rs.getInt("period_start_year");
		int end = rs.getInt("period_end_year");
		return new PlanRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("name_en"), start,
				end, rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class),
				rs.getString("issuer"), rs.getString("issuer_en"), status, PlanPhase.of(status, start, end, thisYear()),
				rs.getInt("target_count"));
	}

	private Plan load(long id) {
		return this.plans.findById(id).orElseThrow(() -> new NotFoundException(PLAN, id));
	}

	private PlanTarget loadTarget(long planId, long targetId) {
		return this.targets.findByIdAndPlanId(targetId, planId)
			.orElseThrow(() -> new NotFoundException(TARGET, targetId));
	}

}
