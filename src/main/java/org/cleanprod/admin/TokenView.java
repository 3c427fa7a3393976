package org.cleanprod.admin;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A personal access token as its user sees it listed: never the secret, only the first
 * characters that identify it. {@code expiresOn} is the last day it works.
 */
public record TokenView(long id, String name, String prefix, Instant createdAt, LocalDate expiresOn, Instant lastUsedAt,
		Instant revokedAt, Status status) {

	/** Whether the token can still be used, and if not, why. */
	public enum Status {

		ACTIVE, EXPIRED, REVOKED;

		public String messageKey() {
			return "token.status." + name();
		}

	}

	public boolean isActive() {
		return this.status == Status.ACTIVE;
	}

}
