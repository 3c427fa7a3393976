package org.cleanprod.admin;

import java.nio.charset.StandardCharsets;

import org.cleanprod.shared.web.InvalidFormException;

/**
 * The rules a new password must follow. At least {@value #MIN_LENGTH} characters, as
 * length matters more than character classes (NIST SP 800-63B, 3.1.1.2); at most
 * {@value #MAX_BYTES} bytes in UTF-8, because BCrypt ignores (and Spring Security
 * refuses) anything longer, and Vietnamese letters take up to three bytes each.
 */
final class Passwords {

	static final int MIN_LENGTH = 10;

	static final int MAX_BYTES = 72;

	private Passwords() {
	}

	/** Rejects the field when the password breaks a rule. */
	static void check(String field, String password, InvalidFormException.Collector errors) {
		if (password == null || password.isBlank() || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			errors.reject(field, "password.error.tooShort", MIN_LENGTH);
		}
		else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			errors.reject(field, "password.error.tooLong", MAX_BYTES);
		}
	}

}
