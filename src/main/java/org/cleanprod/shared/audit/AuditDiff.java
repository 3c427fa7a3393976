package org.cleanprod.shared.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/** Turns an audit row's before and after states into the list of fields that changed. */
@Component
public class AuditDiff {

	private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
	};

	private final JsonMapper json;

	AuditDiff(JsonMapper json) {
		this.json = json;
	}

	/**
	 * One field that changed, with its values before and after as the formatter shows
	 * them.
	 */
	public record FieldChange(String field, String before, String after) {
	}

	/** One audit row as a history page shows it. */
	public record Change(AuditEntry entry, List<FieldChange> fields) {
	}

	/** How a history page shows a field's raw JSON value of an entry. */
	@FunctionalInterface
	public interface ValueFormat {

		String format(AuditEntry entry, String field, Object value);

	}

	/**
	 * A record's history as its page shows it: each entry's changes, in the given order.
	 */
	public List<Change> history(List<AuditEntry> entries, ValueFormat format) {
		return entries.stream()
			.map(entry -> changes(entry, (field, value) -> format.format(entry, field, value)))
			.toList();
	}

	/**
	 * The changed fields of an entry in the order of the record's fields. The formatter
	 * turns a field's raw JSON value (null, string, number, boolean, list, map) into
	 * display text.
	 */
	public Change changes(AuditEntry entry, BiFunction<String, Object, String> formatter) {
		Map<String, Object> before = read(entry.before());
		Map<String, Object> after = read(entry.after());
		Set<String> fields = new LinkedHashSet<>(after.keySet());
		fields.addAll(before.keySet());
		List<FieldChange> changes = new ArrayList<>();
		for (String field : fields) {
			Object old = before.get(field);
			Object now = after.get(field);
			if (!Objects.equals(old, now)) {
				changes.add(new FieldChange(field, formatter.apply(field, old), formatter.apply(field, now)));
			}
		}
		return new Change(entry, changes);
	}

	private Map<String, Object> read(String state) {
		return (state != null) ? this.json.readValue(state, MAP) : Map.of();
	}

}
