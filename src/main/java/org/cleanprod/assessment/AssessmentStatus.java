package org.cleanprod.assessment;

/** How far an assessment has come, as its checklist says. */
public enum AssessmentStatus {

	/** No task begun yet. */
	PLANNED,
	/** Some task begun or done. */
	IN_PROGRESS,
	/** Every task done or not applicable. */
	COMPLETED;

	public String messageKey() {
		return "assessment.status." + name();
	}

}
