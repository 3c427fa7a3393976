package org.cleanprod.assessment;

import java.time.LocalDate;

/**
 * An assessment as lists show it: its facility, title, focus year, status and how many of
 * the method's tasks are settled (done or not applicable).
 */
public record AssessmentRow(long id, long facilityId, String facilityCode, String facilityName, String title,
		int focusYear, AssessmentStatus status, LocalDate startedOn, LocalDate completedOn, int settledTasks,
		int totalTasks) {

}
