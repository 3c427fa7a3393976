package org.cleanprod.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module's texts exist in Vietnamese and English, every key its templates and code
 * name exists, and its templates show no text of their own.
 */
class AdminTextsTests {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/jte/admin");

	private static final Path CODE = Path.of("src/main/java/org/cleanprod/admin");

	@Test
	void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
		Set<String> vi = keys(MESSAGES.resolve("admin_vi.properties"));
		Set<String> en = keys(MESSAGES.resolve("admin_en.properties"));
		assertThat(difference(vi, en)).as("missing in English").isEmpty();
		assertThat(difference(en, vi)).as("missing in Vietnamese").isEmpty();
	}

	@Test
	void vietnameseTextsCarryTheirDiacritics() throws IOException {
		Properties vi = properties(MESSAGES.resolve("admin_vi.properties"));
		long accented = vi.values()
			.stream()
			.map(Object::toString)
			.filter(text -> text.chars().anyMatch(c -> c > 127))
			.count();
		assertThat(accented).as("Vietnamese texts with accented letters").isGreaterThan(vi.size() * 9L / 10);
	}

	@Test
	void everyKeyNamedInTemplatesAndCodeExists() throws IOException {
		Set<String> known = new TreeSet<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path file : files.filter(path -> path.toString().endsWith("_vi.properties")).toList()) {
				known.addAll(keys(file));
			}
		}
		List<String> missing = new ArrayList<>();
		Pattern inTemplates = Pattern.compile("ui\\.t\\(\"([A-Za-z0-9_.]+)\"");
		for (Path template : files(TEMPLATES, ".jte")) {
			collect(inTemplates, template, known, missing);
		}
		Pattern inCode = Pattern.compile("\"((?:user|roles|account|token|audit|password|home\\.admin|nav\\.admin)"
				+ "\\.[A-Za-z0-9_.]+[A-Za-z0-9])\"");
		for (Path source : files(CODE, ".java")) {
			collect(inCode, source, known, missing);
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesContainNoLiteralText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : files(TEMPLATES, ".jte")) {
			Matcher words = Pattern.compile("\\p{L}{2,}").matcher(visibleText(Files.readString(template)));
			if (words.find()) {
				problems.add(template.getFileName() + ": \"" + words.group() + "\"");
			}
		}
		assertThat(problems).isEmpty();
	}

	private static void collect(Pattern pattern, Path file, Set<String> known, List<String> missing)
			throws IOException {
		Matcher matcher = pattern.matcher(Files.readString(file));
		while (matcher.find()) {
			if (!known.contains(matcher.group(1)) && !matcher.group(1).endsWith(".")) {
				missing.add(file.getFileName() + ": " + matcher.group(1));
			}
		}
	}

	/**
	 * What a template would show or read out besides its expressions: text between tags
	 * and the attributes people see or hear (title, alt, placeholder, aria-label, label).
	 * Content blocks ({@code @`...`}, the body of a page) are read apart from the
	 * template call that takes them, which is dropped with its arguments.
	 */
	static String visibleText(String template) {
		Matcher block = Pattern.compile("(?s)@`(.*?)`").matcher(template);
		StringBuilder blocks = new StringBuilder();
		while (block.find()) {
			blocks.append(block.group(1)).append('\n');
		}
		return visibleOutsideBlocks(block.replaceAll(" ")) + " " + visibleOutsideBlocks(blocks.toString());
	}

	private static String visibleOutsideBlocks(String template) {
		String text = template.replaceAll("(?s)<%--.*?--%>", " ").replaceAll("(?m)^\\s*@(import|param).*$", " ");
		text = removeBalanced(text, "${");
		text = removeBalanced(text, "$unsafe{");
		text = text.replaceAll("@(if|elseif|for|template\\.[\\w.]+)\\s*\\(", "@@(");
		text = removeBalanced(text, "@@(");
		text = text.replaceAll("@(else|endif|endfor)", " ");
		StringBuilder visible = new StringBuilder();
		Matcher tag = Pattern.compile("(?s)<[^>]*>").matcher(text);
		int last = 0;
		while (tag.find()) {
			visible.append(text, last, tag.start()).append(' ');
			Matcher attribute = Pattern.compile("(?:title|alt|placeholder|aria-label|label)=\"([^\"]*)\"")
				.matcher(tag.group());
			while (attribute.find()) {
				visible.append(attribute.group(1)).append(' ');
			}
			last = tag.end();
		}
		visible.append(text.substring(last));
		return visible.toString().replaceAll("&[a-z]+;", " ");
	}

	/** Removes every {@code opener ... }} or {@code ... )} with balanced brackets. */
	private static String removeBalanced(String text, String opener) {
		StringBuilder out = new StringBuilder();
		int from = 0;
		int start;
		while ((start = text.indexOf(opener, from)) >= 0) {
			out.append(text, from, start);
			int depth = 0;
			int i = start + opener.length() - 1;
			char quote = 0;
			for (; i < text.length(); i++) {
				char c = text.charAt(i);
				if (quote != 0) {
					if (c == '\\') {
						i++;
					}
					else if (c == quote) {
						quote = 0;
					}
				}
				else if (c == '"' || c == '\'') {
					quote = c;
				}
				else if (c == '(' || c == '{') {
					depth++;
				}
				else if (c == ')' || c == '}') {
					depth--;
					if (depth == 0) {
						break;
					}
				}
			}
			out.append(' ');
			from = Math.min(i + 1, text.length());
		}
		out.append(text.substring(from));
		return out.toString();
	}

	private static List<Path> files(Path directory, String suffix) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
		}
	}

	private static Set<String> keys(Path file) throws IOException {
		return new TreeSet<>(properties(file).stringPropertyNames());
	}

	private static Properties properties(Path file) throws IOException {
		Properties properties = new Properties();
		try (InputStream input = Files.newInputStream(file)) {
			properties.load(new InputStreamReader(input, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}

}
