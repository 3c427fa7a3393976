package org.cleanprod.shared.security;

/** The kinds of data scope a role carries. */
public enum ScopeKind {

	/** The whole province. */
	ALL,
	/** A set of administrative units (a district, or commune-level units after 2025). */
	UNITS,
	/** The industrial zones of one management board. */
	ZONE_BOARD,
	/** One department or agency. */
	AGENCY,
	/** One enterprise and its facilities. */
	ENTERPRISE,
	/** The facilities whose work is assigned to the user (consultants). */
	ASSIGNED

}
