package org.cleanprod.admin;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the JSON API. A token is shown once when created; only its
 * SHA-256 hash is stored, so a database leak does not leak tokens. Its user can revoke it
 * at any time.
 */
@Component
class AccessTokens {

	static final String PREFIX = "cpat_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final UserAccountRepository accounts;

	private final AccountDirectory directory;

	private final Clock clock;

	AccessTokens(JdbcClient jdbc, UserAccountRepository accounts, AccountDirectory directory, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.directory = directory;
		this.clock = clock;
	}

	/** A token just created: its id and the secret, which is never shown again. */
	record NewToken(long id, String secret) {
	}

	/** Creates a token and returns its secret, which is never shown again. */
	@Transactional
	NewToken create(long userId, String name, LocalDate expiresOn) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO api_token (user_id, name, token_hash, prefix, created_at, expires_at)
				VALUES (:user, :name, :hash, :prefix, :now, :expires)
				""")
			.param("user", userId)
			.param("name", name)
			.param("hash", hash(secret))
			.param("prefix", secret.substring(0, 12))
			.param("now", offsetNow())
			.param("expires",
					(expiresOn != null) ? expiresOn.plusDays(1).atStartOfDay(Formats.ZONE).toOffsetDateTime() : null)
			.update(keys, "id");
		return new NewToken(keys.getKeyAs(Number.class).longValue(), secret);
	}

	@Transactional(readOnly = true)
	List<TokenView> of(long userId) {
		return this.jdbc.sql("SELECT * FROM api_token WHERE user_id = :user ORDER BY created_at DESC, id DESC")
			.param("user", userId)
			.query(this::token)
			.list();
	}

	/** One of the user's tokens; empty when the user has no such token. */
	@Transactional(readOnly = true)
	Optional<TokenView> find(long userId, long tokenId) {
		return this.jdbc.sql("SELECT * FROM api_token WHERE id = :id AND user_id = :user")
			.param("id", tokenId)
			.param("user", userId)
			.query(this::token)
			.optional();
	}

	/** How many tokens, of all users, could be used now. */
	@Transactional(readOnly = true)
	long countActive() {
		return this.jdbc.sql(
				"SELECT COUNT(*) FROM api_token WHERE revoked_at IS NULL AND (expires_at IS NULL OR expires_at > :now)")
			.param("now", offsetNow())
			.query(Long.class)
			.single();
	}

	private TokenView token(ResultSet rs, int row) throws SQLException {
		OffsetDateTime expires = rs.getObject("expires_at", OffsetDateTime.class);
		Instant revokedAt = instant(rs.getObject("revoked_at", OffsetDateTime.class));
		TokenView.Status status;
		if (revokedAt != null) {
			status = TokenView.Status.REVOKED;
		}
		else if (expires != null && !expires.toInstant().isAfter(this.clock.instant())) {
			status = TokenView.Status.EXPIRED;
		}
		else {
			status = TokenView.Status.ACTIVE;
		}
		return new TokenView(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				(expires != null) ? expires.atZoneSameInstant(Formats.ZONE).toLocalDate().minusDays(1) : null,
				instant(rs.getObject("last_used_at", OffsetDateTime.class)), revokedAt, status);
	}

	/** Revokes one of the user's tokens; false when the user has no such token. */
	@Transactional
	boolean revoke(long userId, long tokenId) {
		return this.jdbc
			.sql("UPDATE api_token SET revoked_at = :now WHERE id = :id AND user_id = :user AND revoked_at IS NULL")
			.param("now", offsetNow())
			.param("id", tokenId)
			.param("user", userId)
			.update() > 0;
	}

	/** The enabled user of a valid, unexpired, unrevoked token. */
	@Transactional
	Optional<CurrentUser> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		OffsetDateTime now = offsetNow();
		Optional<Long> userId = this.jdbc.sql("""
				SELECT user_id FROM api_token
				WHERE token_hash = :hash AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > :now)
				""").param("hash", hash(secret)).param("now", now).query(Long.class).optional();
		userId.ifPresent(id -> this.jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE token_hash = :hash")
			.param("now", now)
			.param("hash", hash(secret))
			.update());
		return userId.flatMap(this.accounts::findById)
			.filter(UserAccount::isEnabled)
			.map(this.directory::toCurrentUser);
	}

	private OffsetDateTime offsetNow() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

	static String hash(String secret) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
