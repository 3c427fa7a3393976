package org.cleanprod.admin.users;

import java.time.Instant;

import org.cleanprod.shared.security.Role;

/**
 * One user account with its scope in words, for its page and the API; never the password
 * hash.
 */
public record UserView(long id, String username, String displayName, String email, String phone, Role role,
		ScopeView scope, boolean enabled, boolean demo, Instant createdAt, Instant lastLoginAt, long activeTokens,
		long version) {

}
