package org.cleanprod.planning.web;

import org.cleanprod.planning.PlanPhase;
import org.cleanprod.planning.PlanStatus;
import org.cleanprod.planning.TargetBand;
import org.cleanprod.planning.TargetChange;
import org.cleanprod.planning.TargetKind;
import org.cleanprod.planning.TargetView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.cleanprod.shared.audit.AuditDiff;
import org.cleanprod.shared.audit.AuditEntry;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.web.Option;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the plan pages need besides the records: choices of select lists in the user's
 * language, and histories with readable values (statuses, kinds, dates, numbers).
 */
@Component
class PlanningPageModel {

	private final AuditDiff diff;

	private final MessageSource messages;

	private final JsonMapper json;

	PlanningPageModel(AuditDiff diff, MessageSource messages, JsonMapper json) {
		this.diff = diff;
		this.messages = messages;
		this.json = json;
	}

	List<Option> statuses(Locale locale) {
		return options(PlanStatus.values(), PlanStatus::messageKey, locale);
	}

	List<Option> phases(Locale locale) {
		return options(PlanPhase.values(), PlanPhase::messageKey, locale);
	}

	List<Option> kinds(Locale locale) {
		return options(TargetKind.values(), TargetKind::messageKey, locale);
	}

	/** The band of a target in words: "8–13%", "từ 90% trở lên". */
	String band(TargetView target, Locale locale) {
		TargetBand band = target.band();
		return text(band.messageKey(), locale, number(band.min(), locale), number(band.max(), locale),
				unitSuffix(target.unit()));
	}

	/** "%" sticks to its number ("90%"); other units follow a space ("5 GJ"). */
	static String unitSuffix(String unit) {
		return "%".equals(unit) ? unit : " " + unit;
	}

	/** The plan's own history with readable values. */
	List<AuditDiff.Change> changes(List<AuditEntry> entries, Locale locale) {
		return this.diff.history(entries, (entry, field, value) -> format(field, value, locale));
	}

	/**
	 * The history of a plan's targets, each change with its target's code; the plan
	 * itself is left out, the page being the plan's.
	 */
	List<TargetChange> targetChanges(List<AuditEntry> entries, Locale locale) {
		return entries.stream().map(entry -> {
			AuditDiff.Change change = this.diff.changes(entry, (field, value) -> format(field, value, locale));
			return new TargetChange(code(entry), new AuditDiff.Change(change.entry(),
					change.fields().stream().filter(field -> !"planId".equals(field.field())).toList()));
		}).toList();
	}

	private String code(AuditEntry entry) {
		String state = (entry.after() != null) ? entry.after() : entry.before();
		try {
			JsonNode code = this.json.readTree(state).get("code");
			return (code != null) ? code.asString() : "";
		}
		catch (JacksonException ex) {
			return "";
		}
	}

	private String format(String field, Object value, Locale locale) {
		if (value == null) {
			return "";
		}
		return switch (field) {
			case "status" -> text("plan.status." + value, locale);
			case "kind" -> text("plan_target.kind." + value, locale);
			case "decisionDate" -> Formats.date(LocalDate.parse(value.toString()));
			case "targetMin", "targetMax" -> number(new BigDecimal(value.toString()), locale);
			default -> value.toString();
		};
	}

	private static String number(BigDecimal value, Locale locale) {
		return Formats.number(value, 4, locale);
	}

	private <E extends Enum<E>> List<Option> options(E[] values, Function<E, String> key, Locale locale) {
		return Arrays.stream(values).map(value -> Option.of(value.name(), text(key.apply(value), locale))).toList();
	}

	String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
