package org.cleanprod.admin.signin;

import org.cleanprod.admin.users.UserAccount;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

import org.cleanprod.shared.web.ClientAddress;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@code max-failures} wrong passwords for one user
 * name from one address (the {@link ClientAddress}: a forged {@code X-Forwarded-For} does
 * not start a new count), sign-in from there is refused for {@code lock-minutes}. Wrong
 * current passwords on the password change page count alike. Kept in the database so that
 * every application node sees the same count.
 */
@Component
public class LoginThrottle {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockTime;

	LoginThrottle(JdbcClient jdbc, Clock clock, @Value("${cleanprod.security.login.max-failures:5}") int maxFailures,
			@Value("${cleanprod.security.login.lock-minutes:15}") int lockMinutes) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockTime = Duration.ofMinutes(lockMinutes);
	}

	@Transactional(readOnly = true)
	public boolean isLocked(String username) {
		OffsetDateTime now = now();
		return this.jdbc.sql("SELECT COUNT(*) FROM login_failure WHERE attempt_key = :key AND locked_until > :now")
			.param("key", key(username))
			.param("now", now)
			.query(Long.class)
			.single() > 0;
	}

	@EventListener
	@Transactional
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		recordFailure(event.getAuthentication().getName());
	}

	/**
	 * A wrong current password on the password change page, counted like a wrong sign-in:
	 * the same secret is being guessed. Recorded in a transaction of its own, as the
	 * refused change rolls its own back.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failedPasswordCheck(String username) {
		recordFailure(username);
	}

	@EventListener
	@Transactional
	void succeeded(InteractiveAuthenticationSuccessEvent event) {
		clear(event.getAuthentication().getName());
	}

	/** Forgets the failures of the user name from this address. */
	@Transactional
	public void clear(String username) {
		this.jdbc.sql("DELETE FROM login_failure WHERE attempt_key = :key").param("key", key(username)).update();
	}

	private void recordFailure(String username) {
		String key = key(username);
		OffsetDateTime now = now();
		int updated = this.jdbc.sql("""
				UPDATE login_failure SET failures = failures + 1, last_failure_at = :now,
				    locked_until = CASE WHEN failures + 1 >= :max THEN :until ELSE locked_until END
				WHERE attempt_key = :key
				""")
			.param("now", now)
			.param("max", this.maxFailures)
			.param("until", now.plus(this.lockTime))
			.param("key", key)
			.update();
		if (updated == 0) {
			try {
				this.jdbc.sql("""
						INSERT INTO login_failure (attempt_key, failures, last_failure_at, locked_until)
						VALUES (:key, 1, :now, :until)
						""")
					.param("key", key)
					.param("now", now)
					.param("until", (this.maxFailures <= 1) ? now.plus(this.lockTime) : null)
					.update();
			}
			catch (DuplicateKeyException ex) {
				recordFailure(username);
			}
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(Instant.now(this.clock), ZoneOffset.UTC);
	}

	private static String key(String username) {
		return UserAccount.normalise(username) + "|" + Objects.requireNonNullElse(ClientAddress.current(), "-");
	}

}
