package org.cleanprod.test;

import java.time.OffsetDateTime;
import java.util.Set;

import org.cleanprod.shared.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Real user accounts, with passwords, for journeys that sign in through the login form.
 * Tests have it injected.
 */
@Component
public final class Accounts {

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	Accounts(JdbcClient jdbc, PasswordEncoder encoder) {
		this.jdbc = jdbc;
		this.encoder = encoder;
	}

	public long create(String username, String password, Role role, Set<Long> unitIds, Long agencyId,
			Long enterpriseId) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					INSERT INTO user_account (username, display_name, password_hash, role, agency_id, enterprise_id, created_at)
					VALUES (:username, :name, :hash, :role, :agency, :enterprise, :now)
					""")
			.param("username", username)
			.param("name", "Người dùng " + username)
			.param("hash", this.encoder.encode(password))
			.param("role", role.name())
			.param("agency", agencyId)
			.param("enterprise", enterpriseId)
			.param("now", OffsetDateTime.now())
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		unitIds.forEach(unit -> this.jdbc.sql("INSERT INTO user_unit (user_id, unit_id) VALUES (:user, :unit)")
			.param("user", id)
			.param("unit", unit)
			.update());
		return id;
	}

}
