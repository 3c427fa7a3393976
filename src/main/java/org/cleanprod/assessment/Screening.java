package org.cleanprod.assessment;

/**
 * The outcome of screening an option (UNEP method, task 9): implement it now, study it
 * further (its feasibility, step 4), or reject it, with the reason.
 */
public enum Screening {

	IMPLEMENT_NOW, NEEDS_STUDY, REJECTED;

	public String messageKey() {
		return "assessment.option.screening." + name();
	}

}
