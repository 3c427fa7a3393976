package org.cleanprod.planning;

/**
 * Where a plan stands as a document. Only an issued plan is ever in force; whether it is
 * upcoming, in force or ended follows from its period (see {@link PlanPhase}), so nobody
 * has to remember to close a plan when its period is over.
 */
public enum PlanStatus {

	/** Being prepared; not yet adopted by a decision. */
	DRAFT,
	/** Adopted by the decision it names. */
	ISSUED,
	/** Annulled or replaced by a later decision: kept for the record, never in force. */
	REVOKED;

	public String messageKey() {
		return "plan.status." + name();
	}

}
