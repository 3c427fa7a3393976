package org.cleanprod.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
import org.cleanprod.shared.text.Texts;

/**
 * A CP assessment of one facility, led by a consultant (or the facility's own team),
 * focused on a year's figures and a process step, and following the method's tasks. Its
 * status follows its checklist: planned until a task begins, completed once every task is
 * done or not applicable, and back in progress when a task is reopened.
 */
@Entity
@Table(name = "assessment")
class Assessment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long facilityId;

	private String title;

	private int focusYear;

	private String focusProcess;

	private Long consultantId;

	@Enumerated(EnumType.STRING)
	private AssessmentStatus status = AssessmentStatus.PLANNED;

	private LocalDate startedOn;

	private LocalDate completedOn;

	private Instant createdAt;

	/** The title and focus folded, for the list's search. */
	private String searchText;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "assessment_task_progress", joinColumns = @JoinColumn(name = "assessment_id"))
	private List<TaskProgress> tasks = new ArrayList<>();

	@Version
	private long version;

	protected Assessment() {
	}

	Assessment(long facilityId, Long consultantId, Instant now) {
		this.facilityId = facilityId;
		this.consultantId = consultantId;
		this.createdAt = now;
	}

	/** Takes the title, focus year and focus process; true when anything changed. */
	boolean describe(String title, int focusYear, String focusProcess) {
		String newTitle = title.strip();
		String newProcess = Texts.blankToNull(focusProcess);
		boolean changed = !newTitle.equals(this.title) || focusYear != this.focusYear
				|| !Objects.equals(newProcess, this.focusProcess);
		this.title = newTitle;
		this.focusYear = focusYear;
		this.focusProcess = newProcess;
		this.searchText = Texts.fold(newTitle + " " + Objects.requireNonNullElse(newProcess, ""));
		return changed;
	}

	/**
	 * Records where a task stands, one of {@code knownTasks}; a task done without a date
	 * was done {@code today}, and only a done task keeps a date. The status and its dates
	 * follow. False when nothing changed.
	 */
	boolean record(int taskNo, TaskStatus taskStatus, LocalDate doneOn, String note, Set<Integer> knownTasks,
			LocalDate today) {
		if (!knownTasks.contains(taskNo)) {
			throw new IllegalArgumentException("no task " + taskNo + " in the method");
		}
		LocalDate date = (taskStatus == TaskStatus.DONE) ? ((doneOn != null) ? doneOn : today) : null;
		TaskProgress progress = new TaskProgress(taskNo, taskStatus, date, Texts.blankToNull(note));
		Optional<TaskProgress> before = task(taskNo);
		if (before.map(progress::equals).orElse(taskStatus == TaskStatus.NOT_STARTED && progress.note() == null)) {
			return false;
		}
		this.tasks.removeIf(task -> task.taskNo() == taskNo);
		if (taskStatus != TaskStatus.NOT_STARTED || progress.note() != null) {
			this.tasks.add(progress);
		}
		follow(knownTasks, today);
		return true;
	}

	/** The status and its dates, from the tasks. */
	private void follow(Set<Integer> knownTasks, LocalDate today) {
		boolean begun = this.tasks.stream().anyMatch(task -> task.status() != TaskStatus.NOT_STARTED);
		boolean settled = knownTasks.stream().allMatch(no -> task(no).map(t -> t.status().isSettled()).orElse(false));
		if (!begun) {
			this.status = AssessmentStatus.PLANNED;
			this.startedOn = null;
			this.completedOn = null;
			return;
		}
		if (this.startedOn == null) {
			this.startedOn = this.tasks.stream()
				.map(TaskProgress::doneOn)
				.filter(Objects::nonNull)
				.min(Comparator.naturalOrder())
				.orElse(today);
		}
		this.status = settled ? AssessmentStatus.COMPLETED : AssessmentStatus.IN_PROGRESS;
		this.completedOn = settled ? this.tasks.stream()
			.map(TaskProgress::doneOn)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(today) : null;
	}

	Optional<TaskProgress> task(int taskNo) {
		return this.tasks.stream().filter(task -> task.taskNo() == taskNo).findFirst();
	}

	Long getId() {
		return this.id;
	}

	long getFacilityId() {
		return this.facilityId;
	}

	String getTitle() {
		return this.title;
	}

	int getFocusYear() {
		return this.focusYear;
	}

	String getFocusProcess() {
		return this.focusProcess;
	}

	Long getConsultantId() {
		return this.consultantId;
	}

	AssessmentStatus getStatus() {
		return this.status;
	}

	LocalDate getStartedOn() {
		return this.startedOn;
	}

	LocalDate getCompletedOn() {
		return this.completedOn;
	}

	List<TaskProgress> getTasks() {
		return List.copyOf(this.tasks);
	}

	long getVersion() {
		return this.version;
	}

}
