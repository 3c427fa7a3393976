package org.cleanprod.shared.security;

/**
 * The kinds of record a request may name by id, in a path, a query parameter, a form
 * field, a JSON body or an import cell. The module owning a kind contributes its
 * {@link ReferenceScope}; {@link References} resolves every id through it.
 */
public enum ReferenceKind {

	ENTERPRISE, FACILITY, PRODUCT, UNIT, ZONE, AGENCY, RESOURCE, FACTOR, SETTING, PLAN, TARGET, USER, TOKEN, IMPORT_JOB,
	UPLOAD_LIMIT, ASSESSMENT

}
