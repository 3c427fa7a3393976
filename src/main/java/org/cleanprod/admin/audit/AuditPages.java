package org.cleanprod.admin.audit;

import org.cleanprod.admin.users.ScopeDescriptions;
import java.io.OutputStream;
import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cleanprod.places.Places;
import org.cleanprod.shared.audit.AuditAction;
import org.cleanprod.shared.audit.AuditDiff;
import org.cleanprod.shared.audit.AuditEntry;
import org.cleanprod.shared.audit.AuditFilter;
import org.cleanprod.shared.audit.AuditLog;
import org.cleanprod.shared.audit.AuditedType;
import org.cleanprod.shared.excel.XlsxWriter;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.Role;
import org.cleanprod.shared.web.Option;
import org.cleanprod.shared.listing.PageQuery;
import org.cleanprod.shared.listing.PageView;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The audit trail as administrators read it: entries of every module with their changed
 * fields in words (names of units, agencies, enterprises, roles and permissions instead
 * of ids and codes), and its Excel export.
 */
@Component
public class AuditPages {

	/** An export stops here; a narrower filter gets the rest. */
	static final int MAX_EXPORT_ROWS = 100_000;

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private final AuditLog audit;

	private final AuditDiff diff;

	private final Places reference;

	private final ScopeDescriptions scopes;

	private final MessageSource messages;

	private final JsonMapper json;

	private final Map<String, AuditedType> types;

	AuditPages(AuditLog audit, AuditDiff diff, Places reference, ScopeDescriptions scopes, MessageSource messages,
			JsonMapper json, List<AuditedType> types) {
		this.audit = audit;
		this.diff = diff;
		this.reference = reference;
		this.scopes = scopes;
		this.messages = messages;
		this.json = json;
		this.types = types.stream().collect(Collectors.toMap(AuditedType::type, type -> type));
	}

	PageView<AuditRowView> search(AuditFilter filter, PageQuery page, CurrentUser viewer, Locale locale) {
		return this.audit.search(filter, page).map(entry -> row(entry, viewer, locale));
	}

	public List<AuditRowView> rows(List<AuditEntry> entries, CurrentUser viewer, Locale locale) {
		return entries.stream().map(entry -> row(entry, viewer, locale)).toList();
	}

	AuditRowView row(AuditEntry entry, CurrentUser viewer, Locale locale) {
		AuditDiff.Change change = this.diff.changes(entry,
				(field, value) -> format(entry.entityType(), field, value, locale));
		List<AuditRowView.Field> fields = change.fields()
			.stream()
			.map(field -> new AuditRowView.Field(field.field(), fieldLabel(entry.entityType(), field.field(), locale),
					field.before(), field.after()))
			.toList();
		return new AuditRowView(entry, entityLabel(entry.entityType(), locale), href(entry, viewer), fields,
				pretty(entry.before()), pretty(entry.after()));
	}

	/**
	 * The entity types the modules declare, for the filter, with their names in order.
	 */
	List<Option> typeChoices(Locale locale) {
		return this.types.keySet()
			.stream()
			.map(type -> new Option(type, entityLabel(type, locale)))
			.sorted(Comparator.comparing(Option::label, Collator.getInstance(locale)))
			.toList();
	}

	List<Option> actionChoices(Locale locale) {
		return Arrays.stream(AuditAction.values())
			.map(action -> new Option(action.name(), text("audit.action." + action.name(), locale)))
			.toList();
	}

	/**
	 * Writes the filtered trail, in the page's order, at most {@value #MAX_EXPORT_ROWS}
	 * rows.
	 */
	void export(AuditFilter filter, PageQuery order, CurrentUser viewer, Locale locale, OutputStream output) {
		try (XlsxWriter writer = new XlsxWriter(output)) {
			writer.sheet(text("audit.export.sheet", locale),
					List.of(text("audit.occurredAt", locale), text("audit.actor", locale),
							text("audit.address", locale), text("audit.entityType", locale),
							text("audit.entityId", locale), text("audit.action", locale), text("audit.changes", locale),
							text("audit.before", locale), text("audit.after", locale)),
					24);
			int written = 0;
			for (int page = 1; written < MAX_EXPORT_ROWS; page++) {
				PageView<AuditEntry> entries = this.audit.search(filter,
						new PageQuery(page, PageQuery.MAX_SIZE, order.sort(), order.descending()));
				for (AuditEntry entry : entries.items()) {
					AuditRowView row = row(entry, viewer, locale);
					writer.row(Arrays.asList(Formats.dateTime(entry.occurredAt()), entry.actorName(),
							entry.remoteAddress(), row.entityLabel(), entry.entityId(),
							text("audit.action." + entry.action().name(), locale),
							row.fields()
								.stream()
								.map(field -> field.label() + ": " + field.before() + " → " + field.after())
								.collect(Collectors.joining("\n")),
							entry.before(), entry.after()));
				}
				written += entries.items().size();
				if (!entries.hasNext()) {
					break;
				}
			}
		}
	}

	private String href(AuditEntry entry, CurrentUser viewer) {
		AuditedType type = this.types.get(entry.entityType());
		return (type != null) ? type.href(entry, viewer) : null;
	}

	/**
	 * A field's value in words. Ids of units, zones, agencies and enterprises become
	 * names; codes become their texts ({@code role.ADMIN},
	 * {@code facility.status.CLOSED}); dates are shown as dd/MM/yyyy.
	 */
	private String format(String entityType, String field, Object value, Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		return switch (value) {
			case null -> "";
			case Boolean bool -> text(bool ? "common.yes" : "common.no", locale);
			case Number number -> switch (field) {
				case "unitId" -> this.reference.label(number.longValue(), english);
				case "zoneId" ->
					this.reference.zone(number.longValue()).map(zone -> zone.name(english)).orElse(number.toString());
				case "agencyId",
						"zoneBoardId" ->
					this.reference.agency(number.longValue())
						.map(agency -> ScopeDescriptions.agencyName(agency, english))
						.orElse(number.toString());
				case "enterpriseId" -> this.scopes.enterpriseName(number.longValue());
				default -> number.toString();
			};
			case String text -> code(entityType, field, text, locale);
			case List<?> list -> switch (field) {
				case "unitIds" -> list.stream()
					.map(id -> this.reference.label(((Number) id).longValue(), english))
					.collect(Collectors.joining("; "));
				case "permissions" -> list.stream()
					.map(permission -> text("permission." + permission, locale))
					.collect(Collectors.joining("; "));
				default -> list.stream()
					.map(item -> format(entityType, field, item, locale))
					.collect(Collectors.joining("; "));
			};
			case Map<?, ?> map ->
				map.values().stream().filter(Objects::nonNull).map(Object::toString).collect(Collectors.joining(", "));
			default -> value.toString();
		};
	}

	private String code(String entityType, String field, String value, Locale locale) {
		if (ISO_DATE.matcher(value).matches()) {
			try {
				return Formats.date(LocalDate.parse(value));
			}
			catch (DateTimeParseException ex) {
				return value;
			}
		}
		if ("role".equals(field) && Arrays.stream(Role.values()).anyMatch(role -> role.name().equals(value))) {
			return text("role." + value, locale);
		}
		return this.messages.getMessage(new DefaultMessageSourceResolvable(
				new String[] { entityType + "." + field + "." + value, field + "." + value }, value), locale);
	}

	/** A field's label: the module's own field text where there is one, else its name. */
	private String fieldLabel(String entityType, String field, Locale locale) {
		return this.messages.getMessage(
				new DefaultMessageSourceResolvable(
						new String[] { "audit.field." + entityType + "." + field, "audit.field." + field }, field),
				locale);
	}

	private String entityLabel(String entityType, Locale locale) {
		return this.messages.getMessage(
				new DefaultMessageSourceResolvable(new String[] { "audit.entity." + entityType }, entityType), locale);
	}

	private String pretty(String state) {
		if (state == null) {
			return null;
		}
		try {
			return this.json.writerWithDefaultPrettyPrinter().writeValueAsString(this.json.readTree(state));
		}
		catch (JacksonException ex) {
			return state;
		}
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
