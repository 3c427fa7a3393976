package org.cleanprod.shared.security;

/**
 * What a user may do. Roles are granted permissions as data (administrators may change
 * them); controllers declare the permission each endpoint needs with
 * {@code @PreAuthorize("hasAuthority('FACILITY_READ')")}, and services apply the data
 * scope.
 */
public enum Permission {

	/** Browse administrative units, zones, sectors and their sources. */
	REFERENCE_READ,
	/** Edit administrative units, zones and agencies. */
	REFERENCE_EDIT,
	/** See enterprises and facilities within the data scope. */
	FACILITY_READ,
	/** Edit enterprises and facilities within the data scope. */
	FACILITY_EDIT,
	/** Register new facilities (of enterprises the user can see). */
	FACILITY_REGISTER,
	/**
	 * Register and edit enterprises: province-wide roles any, an enterprise user its own
	 * (see {@code FacilityService#editsEnterprise}).
	 */
	ENTERPRISE_EDIT,
	/** Import facility lists from Excel or CSV. */
	FACILITY_IMPORT,
	/** Export facility lists to Excel. */
	FACILITY_EXPORT,
	/**
	 * Enter and import consumption and production records, set baselines, within the data
	 * scope.
	 */
	CONSUMPTION_EDIT,
	/**
	 * Review the data-quality findings of the facilities in scope and mark them
	 * explained.
	 */
	QUALITY_REVIEW,
	/** Manage user accounts, their roles and scopes. */
	USER_ADMIN,
	/** Browse the audit trail. */
	AUDIT_READ,
	/** Create personal access tokens for the JSON API. */
	API_TOKEN,
	/** Create and edit plans and their targets. */
	PLAN_EDIT,
	/**
	 * See the CP assessments of the facilities in scope (a consultant: those assigned to
	 * them).
	 */
	ASSESSMENT_READ,
	/** Start CP assessments and keep their checklists, within the same scope. */
	ASSESSMENT_EDIT;

	public String authority() {
		return name();
	}

}
