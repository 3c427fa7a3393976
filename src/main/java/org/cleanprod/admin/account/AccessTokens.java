package org.cleanprod.admin.account;

import org.cleanprod.admin.signin.AccountDirectory;
import org.cleanprod.admin.users.UserAccount;
import org.cleanprod.admin.users.UserAccountRepository;
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
import org.cleanprod.shared.security.Permission;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the JSON API. A token is shown once when created; only its
 * SHA-256 hash is stored, so a database leak does not leak tokens. Every token expires
 * ({@value #DEFAULT_DAYS} days unless its user chooses, at most {@value #MAX_DAYS}). It
 * works only while its user is enabled and the user's role holds
 * {@link Permission#API_TOKEN}, checked at every request, so a role losing the permission
 * stops its tokens at once. Its user can revoke it at any time; a password change or
 * reset revokes all of the user's tokens.
 */
@Component
public class AccessTokens {

	static final String PREFIX = "cpat_";

	/** How long a token works when its user chooses no date. */
	static final int DEFAULT_DAYS = 90;

	/** How long a token may work at most. */
	static final int MAX_DAYS = 365;

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
	public record NewToken(long id, String secret) {
	}

	/**
	 * Creates a token working through the day {@code expiresOn} (in {@link Formats#ZONE};
	 * null: {@value #DEFAULT_DAYS} days from today) and returns its secret, which is
	 * never shown again.
	 */
	@Transactional
	public NewToken create(long userId, String name, LocalDate expiresOn) {
		LocalDate lastDay = (expiresOn != null) ? expiresOn : today().plusDays(DEFAULT_DAYS);
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
			.param("expires", lastDay.plusDays(1).atStartOfDay(Formats.ZONE).toOffsetDateTime())
			.update(keys, "id");
		return new NewToken(keys.getKeyAs(Number.class).longValue(), secret);
	}

	@Transactional(readOnly = true)
	public List<TokenView> of(long userId) {
		return this.jdbc.sql("SELECT * FROM api_token WHERE user_id = :user ORDER BY created_at DESC, id DESC")
			.param("user", userId)
			.query(this::token)
			.list();
	}

	/** One of the user's tokens; empty when the user has no such token. */
	@Transactional(readOnly = true)
	public Optional<TokenView> find(long userId, long tokenId) {
		return this.jdbc.sql("SELECT * FROM api_token WHERE id = :id AND user_id = :user")
			.param("id", tokenId)
			.param("user", userId)
			.query(this::token)
			.optional();
	}

	/** The day today in the province, for expiry dates. */
	LocalDate today() {
		return this.clock.instant().atZone(Formats.ZONE).toLocalDate();
	}

	/** How many tokens, of all users, could be used now. */
	@Transactional(readOnly = true)
	public long countActive() {
		return this.jdbc.sql("SELECT COUNT(*) FROM api_token WHERE revoked_at IS NULL AND expires_at > :now")
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
		String reason = rs.getString("revoked_reason");
		return new TokenView(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				(expires != null) ? expires.atZoneSameInstant(Formats.ZONE).toLocalDate().minusDays(1) : null,
				instant(rs.getObject("last_used_at", OffsetDateTime.class)), revokedAt,
				(reason != null) ? TokenView.RevokedReason.valueOf(reason) : null, status);
	}

	/** Revokes one of the user's tokens; false when the user has no such token. */
	@Transactional
	boolean revoke(long userId, long tokenId) {
		return this.jdbc.sql("""
				UPDATE api_token SET revoked_at = :now, revoked_reason = 'USER'
				WHERE id = :id AND user_id = :user AND revoked_at IS NULL
				""").param("now", offsetNow()).param("id", tokenId).param("user", userId).update() > 0;
	}

	/**
	 * Revokes every token of the user that could still be used, for the reason given;
	 * returns them as they were before.
	 */
	@Transactional
	public List<TokenView> revokeAll(long userId, TokenView.RevokedReason reason) {
		List<TokenView> usable = of(userId).stream().filter(TokenView::isActive).toList();
		for (TokenView token : usable) {
			this.jdbc.sql("""
					UPDATE api_token SET revoked_at = :now, revoked_reason = :reason
					WHERE id = :id AND revoked_at IS NULL
					""").param("now", offsetNow()).param("reason", reason.name()).param("id", token.id()).update();
		}
		return usable;
	}

	/**
	 * The user of a valid token: unexpired, unrevoked, its user enabled and allowed API
	 * tokens now. Records its use.
	 */
	@Transactional
	public Optional<CurrentUser> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		OffsetDateTime now = offsetNow();
		Optional<CurrentUser> user = this.jdbc.sql("""
				SELECT user_id FROM api_token WHERE token_hash = :hash AND revoked_at IS NULL AND expires_at > :now
				""")
			.param("hash", hash(secret))
			.param("now", now)
			.query(Long.class)
			.optional()
			.flatMap(this.accounts::findById)
			.filter(UserAccount::isEnabled)
			.map(this.directory::toCurrentUser)
			.filter(current -> current.can(Permission.API_TOKEN));
		user.ifPresent(current -> this.jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE token_hash = :hash")
			.param("now", now)
			.param("hash", hash(secret))
			.update());
		return user;
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
