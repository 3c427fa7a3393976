package org.cleanprod.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Slows down password guessing: after {@code max-failures} wrong passwords for one user
 * name from one address, sign-in from there is refused for {@code lock-minutes}. Kept in
 * the database so that every application node sees the same count.
 */
@Component
class LoginThrottle {

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
	boolean isLocked(String username) {
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
		String key = key(event.getAuthentication().getName());
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
				failed(event);
			}
		}
	}

	@EventListener
	@Transactional
	void succeeded(InteractiveAuthenticationSuccessEvent event) {
		this.jdbc.sql("DELETE FROM login_failure WHERE attempt_key = :key")
			.param("key", key(event.getAuthentication().getName()))
			.update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(Instant.now(this.clock), ZoneOffset.UTC);
	}

	private static String key(String username) {
		return UserAccount.normalise(username) + "|" + clientAddress();
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return "-";
	}

}
