package org.cleanprod.assessment;

import java.util.Map;
import java.util.TreeMap;

/** What the audit trail keeps of an assessment: its description, status and checklist. */
record AssessmentSnapshot(long facilityId, String title, int focusYear, String focusProcess, Long consultantId,
		AssessmentStatus status, Map<Integer, String> tasks) {

	static AssessmentSnapshot of(Assessment assessment) {
		Map<Integer, String> tasks = new TreeMap<>();
		assessment.getTasks()
			.forEach(task -> tasks.put(task.taskNo(),
					task.status() + ((task.doneOn() != null) ? " " + task.doneOn() : "")));
		return new AssessmentSnapshot(assessment.getFacilityId(), assessment.getTitle(), assessment.getFocusYear(),
				assessment.getFocusProcess(), assessment.getConsultantId(), assessment.getStatus(), tasks);
	}

}
