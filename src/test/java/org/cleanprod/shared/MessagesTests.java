package org.cleanprod.shared;

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
 * Every text exists in Vietnamese and English, and templates show no text of their own.
 */
class MessagesTests {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/jte");

	/**
	 * A content block, the body a page passes to its layout; read as template text of its
	 * own.
	 */
	private static final Pattern CONTENT_BLOCK = Pattern.compile("(?s)@`(.*?)`");

	@Test
	void everyModuleHasTheSameKeysInVietnameseAndEnglish() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path vietnamese : files.filter(file -> file.toString().endsWith("_vi.properties")).toList()) {
				Path english = Path.of(vietnamese.toString().replace("_vi.properties", "_en.properties"));
				Set<String> vi = keys(vietnamese);
				Set<String> en = Files.exists(english) ? keys(english) : Set.of();
				difference(vi, en).forEach(key -> problems.add(english.getFileName() + " lacks " + key));
				difference(en, vi).forEach(key -> problems.add(vietnamese.getFileName() + " lacks " + key));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void vietnameseTextsCarryTheirDiacritics() throws IOException {
		List<String> plain = new ArrayList<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path file : files.filter(path -> path.toString().endsWith("_vi.properties")).toList()) {
				Properties texts = properties(file);
				long accented = texts.values()
					.stream()
					.filter(text -> text.toString().chars().anyMatch(c -> c > 127))
					.count();
				if (accented < texts.size() * 8L / 10) {
					plain.add(file.getFileName() + ": " + accented + " of " + texts.size() + " texts accented");
				}
			}
		}
		assertThat(plain).isEmpty();
	}

	@Test
	void everyKeyUsedInTemplatesExists() throws IOException {
		Set<String> known = new TreeSet<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path file : files.filter(path -> path.toString().endsWith("_vi.properties")).toList()) {
				known.addAll(keys(file));
			}
		}
		Pattern literalKey = Pattern.compile("ui\\.t\\(\"([A-Za-z0-9_.]+)\"\\s*[,)]");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = literalKey.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!known.contains(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesContainNoLiteralText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			String visible = visibleText(Files.readString(template));
			Matcher words = Pattern.compile("\\p{L}{2,}").matcher(visible);
			if (words.find()) {
				problems.add(TEMPLATES.relativize(template) + ": \"" + words.group() + "\"");
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theLiteralTextCheckSeesTextButNotExpressions() {
		assertThat(visibleText("<p>${ui.t(\"a.b\")}</p>")).doesNotContainPattern("\\p{L}{2,}");
		assertThat(visibleText("@if(ui.can(x))<b>Lưu</b>@endif")).contains("Lưu");
		assertThat(visibleText("<input placeholder=\"Search\" value=\"${v}\">")).contains("Search");
		assertThat(visibleText("<a href=\"/facilities\" class=\"btn\">${ui.t(\"k\")}</a>"))
			.doesNotContainPattern("\\p{L}{2,}");
		assertThat(visibleText("@template.layout.page(ui = ui, content = @`<p>Hello world</p>`)")).contains("Hello");
	}

	/**
	 * What a template would show or read out besides its expressions: text between tags
	 * and the values of attributes people see or hear (title, alt, placeholder,
	 * aria-label).
	 */
	static String visibleText(String template) {
		StringBuilder blocks = new StringBuilder();
		Matcher block = CONTENT_BLOCK.matcher(template);
		while (block.find()) {
			blocks.append(' ').append(visibleText(block.group(1)));
		}
		return visibleOutside(CONTENT_BLOCK.matcher(template).replaceAll(" ")) + blocks;
	}

	/** The text of a template outside its content blocks ({@code @`...`}). */
	private static String visibleOutside(String template) {
		String text = template.replaceAll("(?s)<%--.*?--%>", " ")
			.replaceAll("(?m)^\\s*@(import|param).*$", " ")
			.replaceAll("(?s)<script.*?</script>", " ")
			.replaceAll("(?s)<style.*?</style>", " ");
		text = removeBalanced(text, "${");
		text = removeBalanced(text, "$unsafe{");
		text = removeBalanced(text, "!{");
		text = text.replaceAll("@(if|elseif|for|template\\.[\\w.]+)\\s*\\(", "@@(");
		text = removeBalanced(text, "@@(");
		text = text.replaceAll("@(else|endif|endfor)", " ");
		StringBuilder visible = new StringBuilder();
		Matcher tag = Pattern.compile("(?s)<[^>]*>").matcher(text);
		int last = 0;
		while (tag.find()) {
			visible.append(text, last, tag.start()).append(' ');
			Matcher attribute = Pattern.compile("(?:title|alt|placeholder|aria-label)=\"([^\"]*)\"")
				.matcher(tag.group());
			while (attribute.find()) {
				visible.append(attribute.group(1)).append(' ');
			}
			last = tag.end();
		}
		visible.append(text.substring(last));
		return visible.toString().replaceAll("&[a-z]+;", " ");
	}

	/**
	 * Removes every {@code opener ... }} or {@code opener ... )} with balanced brackets
	 * and strings.
	 */
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

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".jte")).sorted().toList();
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
