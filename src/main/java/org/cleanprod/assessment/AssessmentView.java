package org.cleanprod.assessment;

import java.time.LocalDate;
import java.util.List;

import org.cleanprod.facility.FacilityRow;

/**
 * An assessment for its page: the facility, what it focuses on, its status, and its
 * checklist, step by step, each task with where it stands; {@code editable} when the
 * reader keeps it.
 */
public record AssessmentView(long id, FacilityRow facility, String title, int focusYear, String focusProcess,
		Long consultantId, AssessmentStatus status, LocalDate startedOn, LocalDate completedOn, List<Step> steps,
		boolean editable, long version) {

	public AssessmentView {
		steps = List.copyOf(steps);
	}

	/** A step of the method with the assessment's tasks in it. */
	public record Step(MethodStep step, List<Task> tasks) {

		public Step {
			tasks = List.copyOf(tasks);
		}

	}

	/** A task of the method and where this assessment stands on it. */
	public record Task(MethodTask task, TaskStatus status, LocalDate doneOn, String note) {

	}

	public long settledTasks() {
		return this.steps.stream().flatMap(step -> step.tasks().stream()).filter(t -> t.status().isSettled()).count();
	}

	public long totalTasks() {
		return this.steps.stream().mapToLong(step -> step.tasks().size()).sum();
	}

}
