package org.cleanprod.admin.account;

import java.text.Normalizer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of new passwords (OWASP ASVS 5.0 V6.2, NIST SP 800-63B), each refused
 * password with the rule it breaks: the ones the finding showed accepted, and their
 * twelve-character variants.
 */
class PasswordRulesTests {

	private static final PasswordRules RULES = new PasswordRules();

	@ParameterizedTest(name = "\"{0}\" is {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
			// The passwords the finding showed accepted with a ten-character minimum.
			"1234567890|tooShort", "aaaaaaaaaa|tooShort", "password12|tooShort", "'          x'|tooShort",
			// Their twelve-character variants.
			"123456789012|sequential", "aaaaaaaaaaaa|repetitive", "password1234|common", "'           x'|repetitive",
			"'            '|tooShort",
			// More of each kind.
			"abcdefghijkl|sequential", "987654321098|sequential", "1234abcd9876|sequential",
			"'1234 abcd 5678'|sequential", "abcabcabcabc|repetitive", "121212121212|repetitive",
			"aaaaaaaaaaab|repetitive", "xxxxxxxyzabc|repetitive", "qwertyuiop12|common", "iloveyou1234|common",
			"Password2026!|common", "'P a s s w o r d 1 2'|common", "'Mật khẩu 123456'|common", "anhyeuem123456|common",
			"'  dragon  12345  '|common", "cleanprod2026|common" })
	void refusesAWeakPasswordNamingTheRule(String password, String rule) {
		assertThat(RULES.broken(password, "nguyen.van.an", "Nguyễn Văn An")).isEqualTo(rule);
	}

	@ParameterizedTest
	@ValueSource(strings = { "nguyen.van.an 2026", "Nguyenvanan!!", "Mật khẩu của Nguyễn Văn An", "NGUYENVANAN12" })
	void refusesAPasswordContainingTheUserNameOrName(String password) {
		assertThat(RULES.broken(password, "nguyen.van.an", "Nguyễn Văn An")).isEqualTo("containsName");
	}

	@ParameterizedTest
	@ValueSource(strings = { "correct horse battery", "một câu mật khẩu mới", "Sông Sài Gòn mùa nước nổi",
			"tr4ngthai-xanh-2026", "Hôm nay trời đẹp lắm" })
	void acceptsAPassphraseWithoutAnyCompositionRule(String password) {
		assertThat(RULES.broken(password, "nguyen.van.an", "Nguyễn Văn An")).isNull();
	}

	@Test
	void countsCharactersAfterUnicodeNormalisation() {
		String composed = "Đồng bằng sông";
		String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
		assertThat(decomposed.length()).isGreaterThan(composed.length());
		assertThat(RULES.broken(composed, "x.y", null)).isNull();
		assertThat(RULES.broken(decomposed, "x.y", null)).isNull();
		String elevenLetters = Normalizer.normalize("Ệệệ Ộộộ Ữữữ", Normalizer.Form.NFD);
		assertThat(RULES.broken(elevenLetters, "x.y", null)).isEqualTo("tooShort");
	}

	@Test
	void permitsLongPassphrasesUpToTheLimit() {
		String phrase = "Trăm năm trong cõi người ta, chữ tài chữ mệnh khéo là ghét nhau. ";
		String long128 = (phrase + phrase).substring(0, PasswordRules.MAX_LENGTH);
		assertThat(long128.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeGreaterThan(72);
		assertThat(RULES.broken(long128, "x.y", null)).isNull();
		assertThat(RULES.broken(long128 + "!", "x.y", null)).isEqualTo("tooLong");
	}

	@Test
	void shipsTheListOfCommonPasswordsWithItsVietnameseAdditions() {
		assertThat(RULES.isCommon("123456789012")).isTrue();
		assertThat(RULES.isCommon("qazwsxedcrfv")).isTrue();
		assertThat(RULES.isCommon("anhyeuemnhieu")).isTrue();
		assertThat(RULES.isCommon("socongthuong2026")).isTrue();
		assertThat(RULES.isCommon("khongphaimatkhauphobien")).isFalse();
	}

}
