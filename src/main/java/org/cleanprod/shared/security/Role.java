package org.cleanprod.shared.security;

/**
 * The roles of Cleanprod. A role fixes the kind of data scope; the permissions it grants
 * are data (table {@code role_permission}), seeded by migration and editable by
 * administrators.
 */
public enum Role {

	ADMIN(ScopeKind.ALL), DEPARTMENT_OFFICER(ScopeKind.ALL), DISTRICT_OFFICER(ScopeKind.UNITS),
	ZONE_OFFICER(ScopeKind.ZONE_BOARD), AGENCY_USER(ScopeKind.AGENCY), CONSULTANT(ScopeKind.ASSIGNED),
	ENTERPRISE_USER(ScopeKind.ENTERPRISE);

	private final ScopeKind scopeKind;

	Role(ScopeKind scopeKind) {
		this.scopeKind = scopeKind;
	}

	public ScopeKind scopeKind() {
		return this.scopeKind;
	}

	/** The message key of the role's name. */
	public String messageKey() {
		return "role." + name();
	}

}
