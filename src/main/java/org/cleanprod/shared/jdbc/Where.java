package org.cleanprod.shared.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cleanprod.shared.text.Texts;

/**
 * A WHERE clause built from optional criteria, with named parameters. Values always
 * travel as parameters; only fixed SQL fragments are concatenated.
 */
public final class Where {

	private final List<String> conditions = new ArrayList<>();

	private final Map<String, Object> params = new LinkedHashMap<>();

	/** Adds a condition with its parameters (name, value, name, value...). */
	public Where and(String condition, Object... namesAndValues) {
		this.conditions.add(condition);
		for (int i = 0; i < namesAndValues.length; i += 2) {
			this.params.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return this;
	}

	/** Adds a condition that brings its own named parameters (a sub-query's, say). */
	public Where and(String condition, Map<String, ?> params) {
		this.conditions.add(condition);
		this.params.putAll(params);
		return this;
	}

	/** Adds the condition only when the value is not null. */
	public Where andIf(Object value, String condition, String name) {
		return (value != null) ? and(condition, name, value) : this;
	}

	/**
	 * Each word of a search, folded as {@link Texts#fold} folds the stored search text,
	 * must stand in the column; {@code %} and {@code _} typed by the user match
	 * themselves.
	 */
	public Where words(String column, String search) {
		if (search == null || search.isBlank()) {
			return this;
		}
		String[] words = Texts.fold(search).split(" ");
		for (int i = 0; i < words.length; i++) {
			String name = "word" + i;
			and(column + " LIKE :" + name, name, "%" + escapeLike(words[i]) + "%");
		}
		return this;
	}

	/** A parameter the select list needs, with no condition. */
	public Where param(String name, Object value) {
		this.params.put(name, value);
		return this;
	}

	/** {@code column IN (:name)}; an empty collection matches nothing. */
	public Where in(String column, String name, Collection<?> values) {
		return values.isEmpty() ? and("1 = 0") : and(column + " IN (:" + name + ")", name, values);
	}

	public String sql() {
		return this.conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", this.conditions);
	}

	public Map<String, Object> params() {
		return this.params;
	}

	/** The text with LIKE's wildcards and escape taken literally. */
	public static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
