package org.cleanprod.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference pages say everything through message keys: no human-readable text outside
 * expressions in the templates (labels, placeholders and titles included), every key they
 * use exists in Vietnamese and in English, and both languages have the same keys.
 */
class ReferenceTemplateTextTests {

	private static final Path TEMPLATES = Path.of("src/main/jte/reference");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final Pattern TEXT_ATTRIBUTE = Pattern
		.compile("\\b(aria-label|placeholder|title|alt)\\s*=\\s*\"([^\"]*)\"");

	private static final Pattern KEY = Pattern.compile("ui\\.t\\(\"([^\"]+)\"");

	@Test
	void templatesHaveNoLiteralText() throws IOException {
		for (Path template : templates()) {
			assertThat(rawText(Files.readString(template))).as(template.toString()).isEmpty();
		}
	}

	@Test
	void theScannerFindsLiteralTextWhereverItHides() {
		assertThat(rawText("<p>${ui.t(\"a.b\")}</p>")).isEmpty();
		assertThat(rawText("<p>Hello</p>")).containsExactly("Hello");
		assertThat(rawText("<input placeholder=\"Search\">")).containsExactly("placeholder=\"Search\"");
		assertThat(rawText("@template.layout.page(ui = ui, title = \"Title\", content = @`<b>Bold</b> ${x}`)"))
			.containsExactly("Bold");
		assertThat(rawText("@if(a > b)<span>(${x}) – 1.234</span>@endif")).isEmpty();
	}

	@Test
	void everyKeyTheTemplatesUseExistsInBothLanguages() throws IOException {
		Properties vietnamese = messages("vi");
		Properties english = messages("en");
		for (Path template : templates()) {
			Matcher keys = KEY.matcher(Files.readString(template));
			while (keys.find()) {
				String key = keys.group(1);
				if (key.endsWith(".")) {
					continue;
				}
				assertThat(vietnamese).as(template + " uses " + key).containsKey(key);
				assertThat(english).as(template + " uses " + key).containsKey(key);
			}
		}
	}

	@Test
	void enumsAndAuditedFieldsHaveTextsInBothLanguages() throws IOException {
		Properties vietnamese = messages("vi");
		Properties english = messages("en");
		List<String> keys = new ArrayList<>();
		Stream.of(UnitLevel.values()).map(UnitLevel::messageKey).forEach(keys::add);
		Stream.of(UnitPeriod.values()).map(UnitPeriod::messageKey).forEach(keys::add);
		Stream.of(Share.values()).map(Share::messageKey).forEach(keys::add);
		Stream.of(ZoneKind.values()).map(ZoneKind::messageKey).forEach(keys::add);
		Stream.of(AgencyKind.values()).map(AgencyKind::messageKey).forEach(keys::add);
		fields(UnitSnapshot.class, "audit.field." + UnitService.ENTITY + ".", keys);
		fields(ZoneSnapshot.class, "audit.field." + ZoneService.ENTITY + ".", keys);
		fields(AgencySnapshot.class, "audit.field." + AgencyService.ENTITY + ".", keys);
		Stream.of(UnitService.ENTITY, ZoneService.ENTITY, AgencyService.ENTITY)
			.map(entity -> "audit.entity." + entity)
			.forEach(keys::add);
		assertThat(vietnamese.keySet()).containsAll(keys);
		assertThat(english.keySet()).containsAll(keys);
	}

	@Test
	void bothLanguagesHaveTheSameReferenceKeysAndVietnameseHasItsDiacritics() throws IOException {
		Properties vietnamese = bundle("messages/reference_vi.properties");
		Properties english = bundle("messages/reference_en.properties");
		assertThat(new TreeSet<>(vietnamese.stringPropertyNames()))
			.isEqualTo(new TreeSet<>(english.stringPropertyNames()));
		assertThat(vietnamese.getProperty("reference.units.title")).isEqualTo("Đơn vị hành chính");
	}

	/** The human-readable text of a template outside expressions, piece by piece. */
	static List<String> rawText(String template) {
		List<String> found = new ArrayList<>();
		new Scanner(template, found).content(0, false);
		return found;
	}

	private static void fields(Class<? extends Record> type, String prefix, List<String> keys) {
		Arrays.stream(type.getRecordComponents()).map(component -> prefix + component.getName()).forEach(keys::add);
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.list(TEMPLATES)) {
			List<Path> templates = files.filter(file -> file.toString().endsWith(".jte")).sorted().toList();
			assertThat(templates).isNotEmpty();
			return templates;
		}
	}

	/** Every module's messages of a language, as the application merges them. */
	private static Properties messages(String language) throws IOException {
		Properties all = new Properties();
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:messages/*_" + language + ".properties")) {
			try (InputStream input = resource.getInputStream()) {
				Properties properties = new Properties();
				properties.load(new InputStreamReader(input, StandardCharsets.UTF_8));
				all.putAll(properties);
			}
		}
		return all;
	}

	private static Properties bundle(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream input = new ClassPathResource(path).getInputStream()) {
			properties.load(new InputStreamReader(input, StandardCharsets.UTF_8));
		}
		return properties;
	}

	/**
	 * Walks a jte template: content (text and tags) on one side, Java (directives,
	 * parameters of template calls, expressions) on the other, content blocks nested
	 * inside Java.
	 */
	private static final class Scanner {

		private static final Set<String> LINE_DIRECTIVES = Set.of("@import", "@param");

		private static final List<String> WORD_DIRECTIVES = List.of("@endif", "@endfor", "@else");

		private final String text;

		private final List<String> found;

		Scanner(String text, List<String> found) {
			this.text = text;
			this.found = found;
		}

		/** Reads content from i up to the end, or past the backtick closing a block. */
		int content(int start, boolean inBlock) {
			StringBuilder words = new StringBuilder();
			int i = start;
			while (i < this.text.length()) {
				char c = this.text.charAt(i);
				if (inBlock && c == '`') {
					flush(words);
					return i + 1;
				}
				if (this.text.startsWith("${", i) || this.text.startsWith("!{", i)
						|| this.text.startsWith("$unsafe{", i)) {
					i = java(this.text.indexOf('{', i), '{', '}');
					continue;
				}
				if (c == '@') {
					int next = directive(i);
					if (next > i) {
						flush(words);
						i = next;
						continue;
					}
				}
				if (this.text.startsWith("<!--", i)) {
					i = this.text.indexOf("-->", i) + 3;
					continue;
				}
				if (c == '<') {
					flush(words);
					i = tag(i);
					continue;
				}
				if (c == '&') {
					int end = this.text.indexOf(';', i);
					if (end > i && end - i < 10) {
						i = end + 1;
						continue;
					}
				}
				words.append(c);
				i++;
			}
			flush(words);
			return i;
		}

		private int directive(int i) {
			for (String directive : LINE_DIRECTIVES) {
				if (this.text.startsWith(directive, i)) {
					int end = this.text.indexOf('\n', i);
					return (end < 0) ? this.text.length() : end;
				}
			}
			for (String directive : List.of("@if(", "@elseif(", "@for(")) {
				if (this.text.startsWith(directive, i)) {
					return java(i + directive.length() - 1, '(', ')');
				}
			}
			if (this.text.startsWith("@template.", i)) {
				return java(this.text.indexOf('(', i), '(', ')');
			}
			for (String directive : WORD_DIRECTIVES) {
				if (this.text.startsWith(directive, i)) {
					return i + directive.length();
				}
			}
			return i;
		}

		/**
		 * Skips Java from an opening bracket to its match, strings included, scanning the
		 * content blocks inside it.
		 */
		private int java(int open, char opening, char closing) {
			int depth = 0;
			int i = open;
			while (i < this.text.length()) {
				char c = this.text.charAt(i);
				if (this.text.startsWith("@`", i)) {
					i = content(i + 2, true);
					continue;
				}
				if (c == '"' || c == '\'') {
					i = endOfLiteral(i, c);
					continue;
				}
				if (c == opening) {
					depth++;
				}
				else if (c == closing && --depth == 0) {
					return i + 1;
				}
				i++;
			}
			return i;
		}

		private int endOfLiteral(int start, char quote) {
			int i = start + 1;
			while (i < this.text.length() && this.text.charAt(i) != quote) {
				i += (this.text.charAt(i) == '\\') ? 2 : 1;
			}
			return i + 1;
		}

		/** Skips a tag, checking the attributes people read. */
		private int tag(int start) {
			StringBuilder tag = new StringBuilder();
			boolean quoted = false;
			int i = start;
			while (i < this.text.length()) {
				char c = this.text.charAt(i);
				if (this.text.startsWith("${", i)) {
					i = java(i + 1, '{', '}');
					continue;
				}
				tag.append(c);
				if (c == '"') {
					quoted = !quoted;
				}
				else if (c == '>' && !quoted) {
					i++;
					break;
				}
				i++;
			}
			Matcher attributes = TEXT_ATTRIBUTE.matcher(tag);
			while (attributes.find()) {
				if (LETTER.matcher(attributes.group(2)).find()) {
					this.found.add(attributes.group(1) + "=\"" + attributes.group(2) + "\"");
				}
			}
			return i;
		}

		private void flush(StringBuilder words) {
			if (LETTER.matcher(words).find()) {
				this.found.add(words.toString().strip());
			}
			words.setLength(0);
		}

	}

}
