package org.cleanprod.shared.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.cleanprod.shared.web.Option;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The message texts in a reader's language, and what pages and exports build from them:
 * column headers, yes/no, and the options of a select list of enum values.
 */
@Component
public class Messages {

	private final MessageSource source;

	Messages(MessageSource source) {
		this.source = source;
	}

	public String text(String key, Locale locale, Object... arguments) {
		return this.source.getMessage(key, arguments, locale);
	}

	public List<String> headers(Locale locale, String... keys) {
		return Arrays.stream(keys).map(key -> text(key, locale)).toList();
	}

	public String yesNo(boolean value, Locale locale) {
		return text(value ? "common.yes" : "common.no", locale);
	}

	public List<Option> yesNo(Locale locale) {
		return List.of(Option.of(true, text("common.yes", locale)), Option.of(false, text("common.no", locale)));
	}

	public <E extends Enum<E>> List<Option> options(E[] values, Function<E, String> key, Locale locale) {
		return Arrays.stream(values).map(value -> Option.of(value.name(), text(key.apply(value), locale))).toList();
	}

	public static boolean isEnglish(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

}
