package org.cleanprod.assessment;

/** Where one task of an assessment's checklist stands. */
public enum TaskStatus {

	NOT_STARTED, IN_PROGRESS, DONE, NOT_APPLICABLE;

	/** Whether the task no longer holds the assessment back. */
	public boolean isSettled() {
		return this == DONE || this == NOT_APPLICABLE;
	}

	public String messageKey() {
		return "assessment.task.status." + name();
	}

}
