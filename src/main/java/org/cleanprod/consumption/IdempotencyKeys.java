package org.cleanprod.consumption;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The idempotency keys of the bulk records API, per user: the hash of the request a key
 * was first used with and the response then given, kept for a day, so that a client
 * retrying after a lost answer gets the same answer again instead of a second import.
 * Follows the IETF draft "The Idempotency-Key HTTP Header Field"
 * (draft-ietf-httpapi-idempotency-key-header): a key reused with another request is an
 * error (422).
 */
@Component
class IdempotencyKeys {

	/** How long a key is remembered. */
	static final Duration KEEP = Duration.ofHours(24);

	static final int MAX_LENGTH = 100;

	private final JdbcClient jdbc;

	private final Clock clock;

	IdempotencyKeys(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The request a key was used with (its hash) and the response given. */
	record Stored(String requestHash, int status, String body) {
	}

	/** The key's stored response, unless the key is unknown or expired. */
	Optional<Stored> find(String key, long userId) {
		return this.jdbc.sql("""
				SELECT request_hash, response_status, response_body FROM idempotency_key
				WHERE idempotency_key = :key AND user_id = :user AND created_at >= :since
				""")
			.param("key", key)
			.param("user", userId)
			.param("since", now().minus(KEEP))
			.query((rs, row) -> new Stored(rs.getString(1), rs.getInt(2), rs.getString(3)))
			.optional();
	}

	/**
	 * Takes a key for a request, in the caller's transaction, before its work is done. A
	 * concurrent request with the same key waits on the row until this transaction ends,
	 * then fails on the primary key, and can read the response stored here.
	 */
	void reserve(String key, long userId, String requestHash) {
		this.jdbc
			.sql("DELETE FROM idempotency_key WHERE idempotency_key = :key AND user_id = :user AND created_at < :since")
			.param("key", key)
			.param("user", userId)
			.param("since", now().minus(KEEP))
			.update();
		this.jdbc.sql("""
				INSERT INTO idempotency_key (idempotency_key, user_id, request_hash, response_status, response_body,
				    created_at)
				VALUES (:key, :user, :hash, 0, '', :now)
				""").param("key", key).param("user", userId).param("hash", requestHash).param("now", now()).update();
	}

	/** Stores the response of a reserved key, in the same transaction as its work. */
	void complete(String key, long userId, int status, String body) {
		this.jdbc.sql("""
				UPDATE idempotency_key SET response_status = :status, response_body = :body
				WHERE idempotency_key = :key AND user_id = :user
				""").param("status", status).param("body", body).param("key", key).param("user", userId).update();
	}

	/**
	 * Forgets expired keys. Every node may run it: deleting what another node already
	 * deleted does no harm.
	 */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
	@Transactional
	public void deleteExpired() {
		this.jdbc.sql("DELETE FROM idempotency_key WHERE created_at < :before")
			.param("before", now().minus(KEEP))
			.update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

}
