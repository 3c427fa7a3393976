package org.cleanprod.admin.account;

import org.cleanprod.admin.users.ScopeView;
import java.util.List;

import org.cleanprod.shared.security.Permission;
import org.cleanprod.shared.security.Role;

/**
 * The caller of the API as it sees itself: identity, role, permissions and data scope.
 */
public record MeView(long id, String username, String displayName, Role role, String roleName,
		List<Permission> permissions, ScopeView scope) {

	public MeView {
		permissions = List.copyOf(permissions);
	}

}
