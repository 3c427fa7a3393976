package org.cleanprod.planning;

/**
 * Where a plan stands on a given day: its {@link PlanStatus} and, for an issued plan,
 * whether the day falls before, within or after its period.
 */
public enum PlanPhase {

	DRAFT, UPCOMING, IN_FORCE, ENDED, REVOKED;

	/** The phase of a plan of the given status and period in a year. */
	static PlanPhase of(PlanStatus status, int startYear, int endYear, int year) {
		return switch (status) {
			case DRAFT -> DRAFT;
			case REVOKED -> REVOKED;
			case ISSUED -> (year < startYear) ? UPCOMING : (year > endYear) ? ENDED : IN_FORCE;
		};
	}

	public String messageKey() {
		return "plan.phase." + name();
	}

}
