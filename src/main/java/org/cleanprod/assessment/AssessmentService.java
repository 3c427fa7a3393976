package org.cleanprod.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.cleanprod.assessment.web.AssessmentForm;
import org.cleanprod.assessment.web.TaskForm;
import org.cleanprod.facility.FacilityRef;
import org.cleanprod.facility.FacilityRow;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.shared.audit.AuditLog;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.jdbc.Where;
import org.cleanprod.shared.listing.Listing;
import org.cleanprod.shared.listing.PageQuery;
import org.cleanprod.shared.listing.PageView;
import org.cleanprod.shared.listing.Sorting;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.Permission;
import org.cleanprod.shared.security.ScopeKind;
import org.cleanprod.shared.web.NotFoundException;
import org.cleanprod.shared.web.StaleEditException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entry to CP assessments. A reader sees the assessments of the facilities in the
 * data scope, a consultant those assigned to them; {@link Permission#ASSESSMENT_EDIT}
 * starts assessments and keeps their checklists within the same bounds. An assessment out
 * of reach reads as one that does not exist. Every change writes its audit row
 * ({@value #ASSESSMENT}) in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentService {

	public static final String ASSESSMENT = "assessment";

	/** The latest focus year first, by default. */
	public static final Sorting SORTING = Sorting
		.of("year", "a.id", Map.of("title", "a.title", "year", "a.focus_year", "status", "a.status"))
		.descending();

	private static final String COLUMNS = "SELECT a.id, a.facility_id, a.title, a.focus_year, a.status, "
			+ "a.started_on, a.completed_on, (SELECT COUNT(*) FROM assessment_task_progress p "
			+ "WHERE p.assessment_id = a.id AND p.status IN ('DONE', 'NOT_APPLICABLE')) AS settled";

	private final AssessmentRepository assessments;

	private final AssessmentMethod method;

	private final FacilityService facilities;

	private final AuditLog audit;

	private final Listing list;

	private final Clock clock;

	AssessmentService(AssessmentRepository assessments, AssessmentMethod method, FacilityService facilities,
			AuditLog audit, JdbcClient jdbc, Clock clock) {
		this.assessments = assessments;
		this.method = method;
		this.facilities = facilities;
		this.audit = audit;
		this.clock = clock;
		this.list = new Listing(jdbc, COLUMNS, " FROM assessment a", SORTING);
	}

	/**
	 * The assessments the user may see, filtered by words of the title and focus, a
	 * status and a facility (each may be null), with their facilities.
	 */
	public PageView<AssessmentRow> search(String q, AssessmentStatus status, Long facilityId, PageQuery page,
			CurrentUser user, boolean english) {
		int total = taskNumbers().size();
		PageView<Row> rows = this.list.page(where(q, status, facilityId, user), page,
				(rs, row) -> new Row(rs.getLong("id"), rs.getLong("facility_id"), rs.getString("title"),
						rs.getInt("focus_year"), AssessmentStatus.valueOf(rs.getString("status")),
						rs.getObject("started_on", LocalDate.class), rs.getObject("completed_on", LocalDate.class),
						rs.getInt("settled")));
		Map<Long, FacilityRow> facilities = this.facilities
			.visible(rows.items().stream().map(Row::facilityId).collect(Collectors.toSet()), user, english);
		return rows.map(row -> {
			FacilityRow facility = facilities.get(row.facilityId());
			return new AssessmentRow(row.id(), row.facilityId(), (facility != null) ? facility.code() : null,
					(facility != null) ? facility.name() : null, row.title(), row.focusYear(), row.status(),
					row.startedOn(), row.completedOn(), row.settled(), total);
		});
	}

	private record Row(long id, long facilityId, String title, int focusYear, AssessmentStatus status,
			LocalDate startedOn, LocalDate completedOn, int settled) {
	}

	private Where where(String q, AssessmentStatus status, Long facilityId, CurrentUser user) {
		Where where = new Where().words("a.search_text", q)
			.andIf((status != null) ? status.name() : null, "a.status = :status", "status")
			.andIf(facilityId, "a.facility_id = :facility", "facility");
		if (!user.can(Permission.ASSESSMENT_READ)) {
			return where.and("1 = 0");
		}
		if (user.scope().kind() == ScopeKind.ASSIGNED) {
			return where.and("a.consultant_id = :consultant", "consultant", user.id());
		}
		if (user.scope().isAll()) {
			return where;
		}
		Set<Long> visible = this.facilities.codesInScope(user)
			.values()
			.stream()
			.map(FacilityRef::id)
			.collect(Collectors.toSet());
		return where.in("a.facility_id", "scopeFacilities", visible);
	}

	/** An assessment for its page; not found when it is out of the user's reach. */
	public AssessmentView details(long id, CurrentUser user, boolean english) {
		Assessment assessment = load(id, user);
		Map<Integer, TaskProgress> progress = assessment.getTasks()
			.stream()
			.collect(Collectors.toMap(TaskProgress::taskNo, task -> task));
		List<AssessmentView.Step> steps = this.method.steps(false)
			.stream()
			.map(step -> new AssessmentView.Step(step, step.tasks().stream().map(task -> {
				TaskProgress recorded = progress.get(task.number());
				return (recorded != null)
						? new AssessmentView.Task(task, recorded.status(), recorded.doneOn(), recorded.note())
						: new AssessmentView.Task(task, TaskStatus.NOT_STARTED, null, null);
			}).toList()))
			.toList();
		return new AssessmentView(id, this.facilities.require(assessment.getFacilityId(), user, english),
				assessment.getTitle(), assessment.getFocusYear(), assessment.getFocusProcess(),
				assessment.getConsultantId(), assessment.getStatus(), assessment.getStartedOn(),
				assessment.getCompletedOn(), steps, keeps(assessment, user), assessment.getVersion());
	}

	/**
	 * Starts an assessment of a facility the user may see; a consultant starting one
	 * leads it. Returns its id.
	 */
	@Transactional
	public long start(AssessmentForm form, CurrentUser user) {
		requireEditor(user);
		this.facilities.require(form.facilityId(), user, false);
		Long consultant = (user.scope().kind() == ScopeKind.ASSIGNED) ? user.id() : null;
		Assessment assessment = new Assessment(form.facilityId(), consultant, this.clock.instant());
		assessment.describe(form.title(), form.focusYear(), form.focusProcess());
		this.assessments.saveAndFlush(assessment);
		this.audit.created(user, ASSESSMENT, assessment.getId(), AssessmentSnapshot.of(assessment));
		return assessment.getId();
	}

	/**
	 * Records where a task of the checklist stands; refused when the page was stale. True
	 * when anything changed.
	 */
	@Transactional
	public boolean recordTask(long id, int taskNo, TaskForm form, CurrentUser user) {
		Assessment assessment = load(id, user);
		if (!keeps(assessment, user)) {
			throw new AccessDeniedException("assessment " + id + " is read-only for " + user);
		}
		Set<Integer> tasks = taskNumbers();
		if (!tasks.contains(taskNo)) {
			throw new NotFoundException("assessment task", taskNo);
		}
		StaleEditException.check(form.version(), assessment.getVersion());
		AssessmentSnapshot before = AssessmentSnapshot.of(assessment);
		if (!assessment.record(taskNo, form.status(), form.doneOn(), form.note(), tasks, today())) {
			return false;
		}
		this.assessments.saveAndFlush(assessment);
		this.audit.updated(user, ASSESSMENT, id, before, AssessmentSnapshot.of(assessment));
		return true;
	}

	/** Whether the user may see this assessment. */
	public boolean isVisible(long id, CurrentUser user) {
		return this.assessments.findById(id).filter(assessment -> sees(assessment, user)).isPresent();
	}

	/** Whether the user may start assessments at all. */
	public static boolean starts(CurrentUser user) {
		return user.can(Permission.ASSESSMENT_EDIT);
	}

	Assessment load(long id, CurrentUser user) {
		return this.assessments.findById(id)
			.filter(assessment -> sees(assessment, user))
			.orElseThrow(() -> new NotFoundException(ASSESSMENT, id));
	}

	private boolean sees(Assessment assessment, CurrentUser user) {
		if (!user.can(Permission.ASSESSMENT_READ)) {
			return false;
		}
		if (user.scope().kind() == ScopeKind.ASSIGNED) {
			return Objects.equals(assessment.getConsultantId(), user.id());
		}
		return this.facilities.isFacilityVisible(assessment.getFacilityId(), user);
	}

	boolean keeps(Assessment assessment, CurrentUser user) {
		return user.can(Permission.ASSESSMENT_EDIT) && sees(assessment, user);
	}

	private static void requireEditor(CurrentUser user) {
		if (!starts(user)) {
			throw new AccessDeniedException("ASSESSMENT_EDIT required");
		}
	}

	private Set<Integer> taskNumbers() {
		return this.method.steps(false)
			.stream()
			.flatMap(step -> step.tasks().stream())
			.map(MethodTask::number)
			.collect(Collectors.toSet());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(Formats.ZONE));
	}

}
