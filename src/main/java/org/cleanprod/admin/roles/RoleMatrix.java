package org.cleanprod.admin.roles;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cleanprod.shared.security.Permission;
import org.cleanprod.shared.security.Role;
import org.cleanprod.shared.security.ScopeKind;

/** Which role grants which permission, as the roles page shows and edits it. */
public record RoleMatrix(Map<Role, Set<Permission>> grants) {

	/**
	 * Permissions that show data of the whole province (every account, every audited
	 * change), so only roles whose scope is the whole province may hold them.
	 */
	static final Set<Permission> PROVINCE_ONLY = EnumSet.of(Permission.USER_ADMIN, Permission.AUDIT_READ,
			Permission.PLAN_EDIT);

	public RoleMatrix {
		grants = Map.copyOf(grants);
	}

	public List<Role> roles() {
		return List.of(Role.values());
	}

	public List<Permission> permissions() {
		return List.of(Permission.values());
	}

	public boolean granted(Role role, Permission permission) {
		return this.grants.getOrDefault(role, Set.of()).contains(permission);
	}

	/** Whether the role may be granted the permission at all. */
	public static boolean grantable(Role role, Permission permission) {
		return role.scopeKind() == ScopeKind.ALL || !PROVINCE_ONLY.contains(permission);
	}

	/** Whether every grant is grantable. */
	boolean isGrantable() {
		return this.grants.entrySet()
			.stream()
			.allMatch(entry -> entry.getValue().stream().allMatch(permission -> grantable(entry.getKey(), permission)));
	}

	/** The value a checkbox of the page submits for one grant. */
	public static String value(Role role, Permission permission) {
		return role.name() + ":" + permission.name();
	}

	/**
	 * The grants a page submitted, as {@code ROLE:PERMISSION} values; an unknown role or
	 * permission is an {@link IllegalArgumentException} (a bad request).
	 */
	static RoleMatrix parse(List<String> values) {
		Map<Role, Set<Permission>> grants = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			grants.put(role, EnumSet.noneOf(Permission.class));
		}
		for (String value : values) {
			int colon = value.indexOf(':');
			if (colon < 0) {
				throw new IllegalArgumentException("not ROLE:PERMISSION: " + value);
			}
			grants.get(Role.valueOf(value.substring(0, colon))).add(Permission.valueOf(value.substring(colon + 1)));
		}
		return new RoleMatrix(grants);
	}

}
