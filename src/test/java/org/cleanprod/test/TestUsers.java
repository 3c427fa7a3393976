package org.cleanprod.test;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.Permission;
import org.cleanprod.shared.security.Role;
import org.cleanprod.shared.security.Scope;
import org.cleanprod.shared.security.ScopeKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Signed-in users for tests, one per role, holding the permissions the database grants
 * the role (as seeded by migration, so tests see what production grants). The
 * application's component scan puts one in every test context; tests have it injected.
 */
@Component
public final class TestUsers {

	private static final AtomicLong IDS = new AtomicLong(900_000);

	private final JdbcClient jdbc;

	TestUsers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public CurrentUser admin() {
		return of(Role.ADMIN, ScopeKind.ALL, Set.of(), null, null);
	}

	public CurrentUser officer() {
		return of(Role.DEPARTMENT_OFFICER, ScopeKind.ALL, Set.of(), null, null);
	}

	public CurrentUser district(Set<Long> unitIds) {
		return of(Role.DISTRICT_OFFICER, ScopeKind.UNITS, unitIds, null, null);
	}

	public CurrentUser zone(long boardId) {
		return of(Role.ZONE_OFFICER, ScopeKind.ZONE_BOARD, Set.of(), boardId, null);
	}

	public CurrentUser agency(long agencyId) {
		return of(Role.AGENCY_USER, ScopeKind.AGENCY, Set.of(), agencyId, null);
	}

	public CurrentUser consultant() {
		return of(Role.CONSULTANT, ScopeKind.ASSIGNED, Set.of(), null, null);
	}

	public CurrentUser enterprise(long enterpriseId) {
		return of(Role.ENTERPRISE_USER, ScopeKind.ENTERPRISE, Set.of(), null, enterpriseId);
	}

	/** Signs the request in as the user. */
	public static RequestPostProcessor as(CurrentUser user) {
		return user(user);
	}

	/** The permissions the database grants a role. */
	public Set<Permission> permissions(Role role) {
		Set<Permission> permissions = EnumSet.noneOf(Permission.class);
		this.jdbc.sql("SELECT permission FROM role_permission WHERE role = :role")
			.param("role", role.name())
			.query(String.class)
			.list()
			.forEach(name -> permissions.add(Permission.valueOf(name)));
		return permissions;
	}

	private CurrentUser of(Role role, ScopeKind kind, Set<Long> units, Long agencyId, Long enterpriseId) {
		long id = IDS.incrementAndGet();
		return new CurrentUser(id, role.name().toLowerCase() + id, "Test " + role.name(), role, permissions(role),
				new Scope(kind, units, agencyId, enterpriseId, id), true, null);
	}

}
