package org.cleanprod.admin.account;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A personal access token as its user sees it listed: never the secret, only the first
 * characters that identify it. {@code expiresOn} is the last day it works; a revoked
 * token says why.
 */
public record TokenView(long id, String name, String prefix, Instant createdAt, LocalDate expiresOn, Instant lastUsedAt,
		Instant revokedAt, RevokedReason revokedReason, Status status) {

	/** Whether the token can still be used, and if not, why. */
	public enum Status {

		ACTIVE, EXPIRED, REVOKED;

		public String messageKey() {
			return "token.status." + name();
		}

	}

	/** Who or what revoked a token. */
	public enum RevokedReason {

		/** Its user, on the account page. */
		USER,
		/** The user changed their password: every token of theirs was revoked. */
		PASSWORD_CHANGED,
		/** An administrator reset the user's password: every token was revoked. */
		PASSWORD_RESET;

		public String messageKey() {
			return "token.revokedReason." + name();
		}

	}

	public boolean isActive() {
		return this.status == Status.ACTIVE;
	}

}
