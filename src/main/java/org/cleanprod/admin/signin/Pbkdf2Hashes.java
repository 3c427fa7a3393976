package org.cleanprod.admin.signin;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashes with PBKDF2-HMAC-SHA256 (NIST SP 800-132; OWASP's Password Storage
 * Cheat Sheet asks for 600,000 iterations), stored as
 * {@code {pbkdf2-sha256}<iterations>$<salt>$<hash>} (Base64, 16-byte random salt, 32-byte
 * hash). Unlike BCrypt, which reads only the first 72 bytes (24 Vietnamese letters of
 * three bytes each), the whole password counts, so long phrases are safe. The password is
 * normalised to Unicode NFKC first (NIST SP 800-63B 5.1.1.2), so that it matches whether
 * the keyboard sent "ệ" as one character or as "e" with two marks.
 * <p>
 * The iteration count is kept in each hash: raising
 * {@code cleanprod.security.password.pbkdf2-iterations} makes older hashes "need an
 * upgrade", and they are rehashed at the user's next sign-in, as BCrypt hashes are.
 */
final class Pbkdf2Hashes implements PasswordEncoder {

	static final String ID = "pbkdf2-sha256";

	static final int DEFAULT_ITERATIONS = 600_000;

	private static final String ALGORITHM = "PBKDF2WithHmacSHA256";

	private static final int SALT_BYTES = 16;

	private static final int HASH_BITS = 256;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final int iterations;

	Pbkdf2Hashes(int iterations) {
		if (iterations < 1) {
			throw new IllegalArgumentException("cleanprod.security.password.pbkdf2-iterations must be positive");
		}
		this.iterations = iterations;
	}

	@Override
	public String encode(CharSequence rawPassword) {
		if (rawPassword == null || rawPassword.isEmpty()) {
			throw new IllegalArgumentException("an empty password has no hash");
		}
		byte[] salt = new byte[SALT_BYTES];
		RANDOM.nextBytes(salt);
		Base64.Encoder base64 = Base64.getEncoder();
		return this.iterations + "$" + base64.encodeToString(salt) + "$"
				+ base64.encodeToString(hash(rawPassword, salt, this.iterations));
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		String[] parts = (encodedPassword != null) ? encodedPassword.split("\\$", -1) : new String[0];
		if (rawPassword == null || rawPassword.isEmpty() || parts.length != 3) {
			return false;
		}
		try {
			int storedIterations = Integer.parseInt(parts[0]);
			byte[] salt = Base64.getDecoder().decode(parts[1]);
			byte[] expected = Base64.getDecoder().decode(parts[2]);
			return storedIterations > 0 && MessageDigest.isEqual(expected, hash(rawPassword, salt, storedIterations));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		int end = (encodedPassword != null) ? encodedPassword.indexOf('$') : -1;
		try {
			return end < 0 || Integer.parseInt(encodedPassword.substring(0, end)) < this.iterations;
		}
		catch (NumberFormatException ex) {
			return true;
		}
	}

	private static byte[] hash(CharSequence rawPassword, byte[] salt, int iterations) {
		char[] password = Normalizer.normalize(rawPassword, Normalizer.Form.NFKC).toCharArray();
		PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
		try {
			return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("PBKDF2 is not available", ex);
		}
		finally {
			spec.clearPassword();
		}
	}

}
