package org.cleanprod.admin.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.cleanprod.shared.text.Texts;
import org.cleanprod.shared.web.InvalidFormException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The rules a new password must follow, as OWASP ASVS 5.0 V6.2 and NIST SP 800-63B
 * (3.1.1.2) ask: at least {@value #MIN_LENGTH} characters and up to {@value #MAX_LENGTH}
 * (a long phrase is welcome; {@link Pbkdf2Hashes} have no length limit), no composition
 * rules (no "one digit and one capital"), and refused when it is a common password,
 * contains the user's name, or is repetitive or sequential. Only new passwords are
 * checked: an existing shorter one still signs in.
 * <p>
 * Characters are counted and compared after Unicode NFKC normalisation, so a Vietnamese
 * letter counts once whether the keyboard composed it or not. The common-password lists
 * ({@code admin/passwords/}, see {@code SOURCES.md} there) are compared without accents,
 * spaces or case, and also with digits or symbols added before or after: "Mật khẩu 2026!"
 * is "matkhau", which is in the list.
 */
@Component
public class PasswordRules {

	public static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	/** At least this many different characters; "aaaaaaaaaaab" has two. */
	private static final int MIN_DISTINCT = 4;

	/** The shortest core of a padded password that is looked up in the lists. */
	private static final int MIN_CORE = 4;

	private static final String[] LISTS = { "admin/passwords/common-passwords.txt",
			"admin/passwords/common-passwords-vi.txt" };

	private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern PADDING = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");

	private final Set<String> common;

	PasswordRules() {
		this.common = load();
	}

	/**
	 * Rejects the field with the first rule the password breaks: too short, too long,
	 * repetitive, sequential, containing the user name or display name, common.
	 */
	public void check(String field, String password, String username, String displayName,
			InvalidFormException.Collector errors) {
		String rule = broken(password, username, displayName);
		if (rule == null) {
			return;
		}
		switch (rule) {
			case "tooShort" -> errors.reject(field, "password.error.tooShort", MIN_LENGTH);
			case "tooLong" -> errors.reject(field, "password.error.tooLong", MAX_LENGTH);
			default -> errors.reject(field, "password.error." + rule);
		}
	}

	/** The rule the password breaks (the end of its message key), or null. */
	String broken(String password, String username, String displayName) {
		String text = (password != null) ? Normalizer.normalize(password, Normalizer.Form.NFKC) : "";
		int length = text.codePointCount(0, text.length());
		if (text.isBlank() || length < MIN_LENGTH) {
			return "tooShort";
		}
		if (length > MAX_LENGTH) {
			return "tooLong";
		}
		String lower = text.toLowerCase(Locale.ROOT);
		String compact = compact(text);
		if (isRepetitive(lower) || isRepetitive(compact)) {
			return "repetitive";
		}
		if (isSequential(NOT_LETTER_OR_DIGIT.matcher(compact).replaceAll(""))) {
			return "sequential";
		}
		if (contains(compact, username, 3) || contains(compact, displayName, 4)) {
			return "containsName";
		}
		if (isCommon(compact)) {
			return "common";
		}
		return null;
	}

	/** Without accents, white space or case: "Mật Khẩu 1" → "matkhau1". */
	static String compact(String text) {
		return Texts.fold(text).replaceAll("\\s+", "");
	}

	boolean isCommon(String compact) {
		if (this.common.contains(compact)) {
			return true;
		}
		String core = PADDING.matcher(compact).replaceAll("");
		return core.length() >= MIN_CORE && this.common.contains(core);
	}

	/**
	 * Few different characters ({@code aaaaaaaaaaaa}, eleven spaces and an x), one
	 * character making more than half, or a short part repeated ({@code abcabcabcabc}).
	 */
	static boolean isRepetitive(String text) {
		int[] points = text.codePoints().toArray();
		if (points.length == 0) {
			return false;
		}
		if (text.codePoints().distinct().count() < MIN_DISTINCT) {
			return true;
		}
		Map<Integer, Integer> counts = new HashMap<>();
		for (int point : points) {
			if (counts.merge(point, 1, Integer::sum) * 2 > points.length) {
				return true;
			}
		}
		for (int period = 1; period <= points.length / 2; period++) {
			boolean repeats = true;
			for (int i = period; i < points.length && repeats; i++) {
				repeats = points[i] == points[i - period];
			}
			if (repeats) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Only runs of at least three consecutive characters up or down: {@code 123456789012}
	 * (digits go round, 9 then 0), {@code abcdefghijkl}, {@code 1234abcd9876}; symbols
	 * between them do not count.
	 */
	static boolean isSequential(String compact) {
		int n = compact.length();
		if (n < 3) {
			return false;
		}
		int start = 0;
		while (start < n) {
			int end = start + 1;
			int direction = 0;
			while (end < n) {
				int step = step(compact.charAt(end - 1), compact.charAt(end));
				if (step == 0 || (direction != 0 && step != direction)) {
					break;
				}
				direction = step;
				end++;
			}
			if (end - start < 3) {
				return false;
			}
			start = end;
		}
		return true;
	}

	private static int step(char from, char to) {
		if (Character.isDigit(from) && Character.isDigit(to)) {
			int difference = Math.floorMod(to - from, 10);
			return (difference == 1) ? 1 : (difference == 9) ? -1 : 0;
		}
		if (from >= 'a' && from <= 'z' && to >= 'a' && to <= 'z' && Math.abs(to - from) == 1) {
			return to - from;
		}
		return 0;
	}

	/** Whether the password holds the name, ignoring accents, case and punctuation. */
	private static boolean contains(String compact, String name, int minLength) {
		if (name == null) {
			return false;
		}
		String letters = NOT_LETTER_OR_DIGIT.matcher(compact(name)).replaceAll("");
		return letters.length() >= minLength && NOT_LETTER_OR_DIGIT.matcher(compact).replaceAll("").contains(letters);
	}

	private static Set<String> load() {
		Set<String> passwords = new HashSet<>(64_000);
		for (String list : LISTS) {
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(new ClassPathResource(list).getInputStream(), StandardCharsets.UTF_8))) {
				reader.lines()
					.filter(line -> !line.isBlank() && !line.startsWith("#"))
					.map(line -> compact(Normalizer.normalize(line, Normalizer.Form.NFKC)))
					.forEach(passwords::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read " + list, ex);
			}
		}
		return Set.copyOf(passwords);
	}

}
