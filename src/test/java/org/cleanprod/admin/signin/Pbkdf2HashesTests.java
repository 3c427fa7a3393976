package org.cleanprod.admin.signin;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * New password hashes: PBKDF2-HMAC-SHA256 with the iterations OWASP asks for, the whole
 * password counted however long, the same whatever Unicode form the keyboard sent; BCrypt
 * hashes of earlier versions still match and are marked for rehashing.
 */
class Pbkdf2HashesTests {

	private final Pbkdf2Hashes quick = new Pbkdf2Hashes(1000);

	@Test
	void newHashesArePbkdf2WithSixHundredThousandIterations() {
		PasswordEncoder encoder = new SecurityConfiguration().passwordEncoder(Pbkdf2Hashes.DEFAULT_ITERATIONS);
		String hash = encoder.encode("một câu mật khẩu dài");
		assertThat(hash).startsWith("{pbkdf2-sha256}600000$");
		assertThat(encoder.matches("một câu mật khẩu dài", hash)).isTrue();
		assertThat(encoder.matches("một câu mật khẩu dai", hash)).isFalse();
		assertThat(encoder.upgradeEncoding(hash)).isFalse();
	}

	@Test
	void theWholeOfALongPasswordCounts() {
		String longVietnamese = "Đường vô xứ Nghệ quanh quanh, non xanh nước biếc như tranh họa đồ. ".repeat(2);
		assertThat(longVietnamese.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeGreaterThan(150);
		String hash = this.quick.encode(longVietnamese);
		assertThat(this.quick.matches(longVietnamese, hash)).isTrue();
		assertThat(this.quick.matches(longVietnamese.substring(0, longVietnamese.length() - 1) + "!", hash)).isFalse();
	}

	@Test
	void composedAndDecomposedLettersMatchAlike() {
		String composed = Normalizer.normalize("Phở bò Nam Định", Normalizer.Form.NFC);
		String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
		assertThat(decomposed).isNotEqualTo(composed);
		assertThat(this.quick.matches(decomposed, this.quick.encode(composed))).isTrue();
	}

	@Test
	void bcryptHashesOfEarlierVersionsStillMatchAndAskForARehash() {
		PasswordEncoder encoder = new SecurityConfiguration().passwordEncoder(1000);
		String old = "{bcrypt}" + new BCryptPasswordEncoder().encode("demo2026");
		assertThat(encoder.matches("demo2026", old)).isTrue();
		assertThat(encoder.upgradeEncoding(old)).isTrue();
		assertThat(encoder.matches("x".repeat(100), old)).isFalse();
		assertThat(encoder.upgradeEncoding(encoder.encode("x"))).isFalse();
		assertThat(new Pbkdf2Hashes(2000).upgradeEncoding(this.quick.encode("x"))).isTrue();
	}

	@Test
	void refusesAnythingElse() {
		PasswordEncoder encoder = new SecurityConfiguration().passwordEncoder(1000);
		assertThat(encoder.matches("plain", "{noop}plain")).isFalse();
		assertThat(encoder.matches("plain", "plain")).isFalse();
		assertThat(this.quick.matches("", this.quick.encode("x"))).isFalse();
		assertThat(this.quick.matches("x", "1000$not base64$!")).isFalse();
		assertThat(this.quick.matches("x", "garbage")).isFalse();
	}

}
