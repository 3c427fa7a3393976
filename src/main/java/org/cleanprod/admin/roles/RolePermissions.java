package org.cleanprod.admin.roles;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.cleanprod.shared.security.Permission;
import org.cleanprod.shared.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The permissions each role grants, kept as data in {@code role_permission}. */
@Component
public class RolePermissions {

	private final JdbcClient jdbc;

	RolePermissions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Set<Permission> of(Role role) {
		Set<Permission> permissions = this.jdbc.sql("SELECT permission FROM role_permission WHERE role = :role")
			.param("role", role.name())
			.query(String.class)
			.stream()
			.map(Permission::valueOf)
			.collect(Collectors.toSet());
		return permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions);
	}

	public void replace(Role role, Set<Permission> permissions) {
		this.jdbc.sql("DELETE FROM role_permission WHERE role = :role").param("role", role.name()).update();
		for (Permission permission : permissions) {
			this.jdbc.sql("INSERT INTO role_permission (role, permission) VALUES (:role, :permission)")
				.param("role", role.name())
				.param("permission", permission.name())
				.update();
		}
	}

}
