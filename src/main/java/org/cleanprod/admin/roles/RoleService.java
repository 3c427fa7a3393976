package org.cleanprod.admin.roles;

import org.cleanprod.admin.signin.AccountSessions;
import org.cleanprod.admin.users.UserService;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cleanprod.shared.audit.AuditLog;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.Permission;
import org.cleanprod.shared.security.Role;
import org.cleanprod.shared.web.BusinessException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The permissions of the roles, which administrators edit as a matrix. A changed role is
 * audited (entity {@value #ROLE}, id = the role's ordinal) and its users' sessions end,
 * so the new permissions apply at once. Administrators always keep
 * {@link Permission#USER_ADMIN}: without it nobody could repair a mistake. User
 * administration and the audit trail show data of the whole province, so only roles of
 * that scope may hold them: a district officer managing accounts could make themselves an
 * administrator.
 */
@Service
@Transactional(readOnly = true)
public class RoleService {

	public static final String ROLE = "role";

	private final RolePermissions permissions;

	private final UserService users;

	private final AccountSessions sessions;

	private final AuditLog audit;

	RoleService(RolePermissions permissions, UserService users, AccountSessions sessions, AuditLog audit) {
		this.permissions = permissions;
		this.users = users;
		this.sessions = sessions;
		this.audit = audit;
	}

	public RoleMatrix matrix() {
		Map<Role, Set<Permission>> grants = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			grants.put(role, this.permissions.of(role));
		}
		return new RoleMatrix(grants);
	}

	/** Saves the matrix; returns the roles whose permissions changed. */
	@Transactional
	List<Role> save(RoleMatrix matrix, CurrentUser actor) {
		if (!matrix.granted(Role.ADMIN, Permission.USER_ADMIN)) {
			throw new BusinessException("roles.error.adminKeepsUserAdmin");
		}
		if (!matrix.isGrantable()) {
			throw new BusinessException("roles.error.provinceOnly");
		}
		List<Role> changed = new ArrayList<>();
		for (Role role : Role.values()) {
			Set<Permission> before = this.permissions.of(role);
			Set<Permission> after = matrix.grants().getOrDefault(role, Set.of());
			if (before.equals(after)) {
				continue;
			}
			this.permissions.replace(role, after);
			this.audit.updated(actor, ROLE, role.ordinal(), RoleSnapshot.of(role, before),
					RoleSnapshot.of(role, after));
			this.users.usernames(role).forEach(this.sessions::end);
			changed.add(role);
		}
		return changed;
	}

	/** A role's permissions as the audit trail records them, in a stable order. */
	record RoleSnapshot(Role role, List<Permission> permissions) {

		static RoleSnapshot of(Role role, Set<Permission> permissions) {
			return new RoleSnapshot(role, permissions.stream().sorted().toList());
		}

	}

}
