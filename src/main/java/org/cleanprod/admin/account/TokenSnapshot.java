package org.cleanprod.admin.account;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A token as the audit trail records it: whose, which, until when, whether and why it was
 * revoked; never the secret.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenSnapshot(long userId, String username, String name, String prefix, LocalDate expiresOn,
		boolean revoked, TokenView.RevokedReason revokedReason) {

	public static TokenSnapshot of(long userId, String username, TokenView token) {
		return new TokenSnapshot(userId, username, token.name(), token.prefix(), token.expiresOn(),
				token.revokedAt() != null, token.revokedReason());
	}

}
