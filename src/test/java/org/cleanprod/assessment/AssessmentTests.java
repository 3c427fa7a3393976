package org.cleanprod.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How an assessment's status follows its checklist. */
class AssessmentTests {

	private static final Set<Integer> TASKS = IntStream.rangeClosed(1, 18).boxed().collect(Collectors.toSet());

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	Assessment assessment;

	@BeforeEach
	void setUp() {
		this.assessment = new Assessment(7, null, Instant.parse("2026-01-01T00:00:00Z"));
		this.assessment.describe("  Đánh giá nhà máy dệt ", 2025, " ");
	}

	@Test
	void aNewAssessmentIsPlannedWithATrimmedTitle() {
		assertThat(this.assessment.getStatus()).isEqualTo(AssessmentStatus.PLANNED);
		assertThat(this.assessment.getTitle()).isEqualTo("Đánh giá nhà máy dệt");
		assertThat(this.assessment.getFocusProcess()).isNull();
		assertThat(this.assessment.describe("Đánh giá nhà máy dệt", 2025, null)).isFalse();
		assertThat(this.assessment.describe("Đánh giá nhà máy dệt", 2024, null)).isTrue();
	}

	@Test
	void theFirstTaskBegunStartsTheAssessmentOnItsDay() {
		assertThat(this.assessment.record(1, TaskStatus.DONE, LocalDate.of(2026, 3, 2), "Nhóm 5 người", TASKS, TODAY))
			.isTrue();
		assertThat(this.assessment.getStatus()).isEqualTo(AssessmentStatus.IN_PROGRESS);
		assertThat(this.assessment.getStartedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(this.assessment.getCompletedOn()).isNull();
	}

	@Test
	void aTaskDoneWithoutADateWasDoneTodayAndOnlyDoneTasksKeepADate() {
		this.assessment.record(2, TaskStatus.DONE, null, null, TASKS, TODAY);
		assertThat(this.assessment.task(2).orElseThrow().doneOn()).isEqualTo(TODAY);
		this.assessment.record(2, TaskStatus.IN_PROGRESS, LocalDate.of(2026, 1, 1), null, TASKS, TODAY);
		assertThat(this.assessment.task(2).orElseThrow().doneOn()).isNull();
	}

	@Test
	void everyTaskSettledCompletesTheAssessmentOnTheLastDayAndReopeningUndoesIt() {
		for (int task = 1; task <= 18; task++) {
			TaskStatus status = (task == 12) ? TaskStatus.NOT_APPLICABLE : TaskStatus.DONE;
			this.assessment.record(task, status, LocalDate.of(2026, 1, task), null, TASKS, TODAY);
		}
		assertThat(this.assessment.getStatus()).isEqualTo(AssessmentStatus.COMPLETED);
		assertThat(this.assessment.getStartedOn()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(this.assessment.getCompletedOn()).isEqualTo(LocalDate.of(2026, 1, 18));
		this.assessment.record(18, TaskStatus.IN_PROGRESS, null, "Chọn lại trọng tâm", TASKS, TODAY);
		assertThat(this.assessment.getStatus()).isEqualTo(AssessmentStatus.IN_PROGRESS);
		assertThat(this.assessment.getCompletedOn()).isNull();
	}

	@Test
	void theSameRecordTwiceChangesNothingAndANotStartedTaskWithoutANoteIsForgotten() {
		assertThat(this.assessment.record(3, TaskStatus.NOT_STARTED, null, " ", TASKS, TODAY)).isFalse();
		this.assessment.record(3, TaskStatus.IN_PROGRESS, null, "Đo điện", TASKS, TODAY);
		assertThat(this.assessment.record(3, TaskStatus.IN_PROGRESS, null, "Đo điện", TASKS, TODAY)).isFalse();
		assertThat(this.assessment.record(3, TaskStatus.NOT_STARTED, null, null, TASKS, TODAY)).isTrue();
		assertThat(this.assessment.getTasks()).isEmpty();
		assertThat(this.assessment.getStatus()).isEqualTo(AssessmentStatus.PLANNED);
		assertThat(this.assessment.getStartedOn()).isNull();
	}

	@Test
	void aTaskTheMethodDoesNotHaveIsRefused() {
		assertThatThrownBy(() -> this.assessment.record(19, TaskStatus.DONE, null, null, TASKS, TODAY))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
