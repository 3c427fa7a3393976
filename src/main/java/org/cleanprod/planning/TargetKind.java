package org.cleanprod.planning;

/**
 * What a target measures, so that the KPIs computed against it later know which records
 * to count: a share of facilities (aware of CP, applying CP), savings per unit of
 * product, a share of CP staff, or something else that is tracked by hand.
 */
public enum TargetKind {

	SHARE_OF_FACILITIES, SAVINGS_PER_UNIT, SHARE_OF_STAFF, OTHER;

	/** Shares are percentages of a whole: their bounds lie between 0 and 100. */
	public boolean isShare() {
		return this == SHARE_OF_FACILITIES || this == SHARE_OF_STAFF;
	}

	public String messageKey() {
		return "plan_target.kind." + name();
	}

}
