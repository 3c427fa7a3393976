package org.cleanprod.admin.users;

import java.time.Instant;

import org.cleanprod.shared.security.Role;

/** A user account as the user list, its export and the API list show it. */
public record UserRow(long id, String username, String displayName, String email, String phone, Role role,
		boolean enabled, boolean demo, Instant createdAt, Instant lastLoginAt, long activeTokens) {

}
