package org.cleanprod.shared.security;

import java.io.Serializable;
import java.util.Set;

/**
 * The data a user may see. Which field applies depends on {@link #kind()}:
 * {@code unitIds} for {@link ScopeKind#UNITS} (as assigned; modules expand them to
 * descendants and successors), {@code agencyId} for {@link ScopeKind#AGENCY} and
 * {@link ScopeKind#ZONE_BOARD} (a management board is an agency), {@code enterpriseId}
 * for {@link ScopeKind#ENTERPRISE}, {@code userId} for {@link ScopeKind#ASSIGNED}.
 */
public record Scope(ScopeKind kind, Set<Long> unitIds, Long agencyId, Long enterpriseId,
		long userId) implements Serializable {

	public Scope {
		unitIds = Set.copyOf(unitIds);
	}

	public static Scope all(long userId) {
		return new Scope(ScopeKind.ALL, Set.of(), null, null, userId);
	}

	public boolean isAll() {
		return this.kind == ScopeKind.ALL;
	}

}
