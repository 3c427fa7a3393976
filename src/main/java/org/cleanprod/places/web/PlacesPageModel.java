package org.cleanprod.places.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.cleanprod.places.AgencyKind;
import org.cleanprod.places.Places;
import org.cleanprod.places.UnitLevel;
import org.cleanprod.places.UnitPeriod;
import org.cleanprod.places.UnitView;
import org.cleanprod.places.ZoneKind;
import org.cleanprod.places.unit.Share;
import org.cleanprod.places.zone.ZoneService;
import org.cleanprod.shared.audit.AuditDiff;
import org.cleanprod.shared.audit.AuditEntry;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.i18n.Messages;
import org.cleanprod.shared.web.Option;

import org.springframework.stereotype.Component;

/**
 * What the unit, zone and agency pages need besides the records: the choices of their
 * select lists in the user's language, and histories with readable values (unit and
 * agency names, dates, levels, successions).
 */
@Component
public class PlacesPageModel {

	private final Places places;

	private final AuditDiff diff;

	private final Messages messages;

	PlacesPageModel(Places places, AuditDiff diff, Messages messages) {
		this.places = places;
		this.diff = diff;
		this.messages = messages;
	}

	public List<Option> levels(Locale locale) {
		return this.messages.options(UnitLevel.values(), UnitLevel::messageKey, locale);
	}

	public List<Option> periods(Locale locale) {
		return this.messages.options(UnitPeriod.values(), UnitPeriod::messageKey, locale);
	}

	public List<Option> shares(Locale locale) {
		return this.messages.options(Share.values(), Share::messageKey, locale);
	}

	public List<Option> zoneKinds(Locale locale) {
		return this.messages.options(ZoneKind.values(), ZoneKind::messageKey, locale);
	}

	public List<Option> agencyKinds(Locale locale) {
		return this.messages.options(AgencyKind.values(), AgencyKind::messageKey, locale);
	}

	public List<Option> yesNo(Locale locale) {
		return this.messages.yesNo(locale);
	}

	/** Units that may hold others (provinces and districts), in force first. */
	public List<Option> parents(Locale locale) {
		return units(locale, UnitLevel.PROVINCE, UnitLevel.DISTRICT);
	}

	/** Every unit, in force first, labelled with its ancestors and validity. */
	public List<Option> units(Locale locale) {
		return units(locale, UnitLevel.values());
	}

	/** The management boards zones may belong to. */
	public List<Option> boards(Locale locale) {
		boolean english = Messages.isEnglish(locale);
		return this.places.agencies()
			.stream()
			.filter(agency -> agency.kind() == AgencyKind.ZONE_BOARD)
			.map(agency -> Option.of(agency.id(), agency.name(english)))
			.toList();
	}

	/** "Phường Phú Cường, Thành phố Thủ Dầu Một (đến 30/06/2025)". */
	String unitLabel(UnitView unit, Locale locale) {
		boolean english = Messages.isEnglish(locale);
		String label = (unit.level() == UnitLevel.PROVINCE) ? unit.name(english)
				: this.places.label(unit.id(), english);
		if (unit.validTo() != null) {
			label += " (" + this.messages.text("unit.until", locale, Formats.date(unit.validTo())) + ")";
		}
		else if (unit.validFrom() != null) {
			label += " (" + this.messages.text("unit.since", locale, Formats.date(unit.validFrom())) + ")";
		}
		return label;
	}

	private List<Option> units(Locale locale, UnitLevel... levels) {
		LocalDate today = LocalDate.now(Formats.ZONE);
		List<UnitLevel> wanted = Arrays.asList(levels);
		return this.places.units()
			.stream()
			.filter(unit -> wanted.contains(unit.level()))
			.sorted(Comparator.comparing((UnitView unit) -> !unit.isValidOn(today))
				.thenComparing(UnitView::level)
				.thenComparing(unit -> unit.name()))
			.map(unit -> Option.of(unit.id(), unitLabel(unit, locale)))
			.toList();
	}

	/** The history of a unit, zone or agency with readable values. */
	public List<AuditDiff.Change> changes(List<AuditEntry> entries, Locale locale) {
		return this.diff.history(entries, (entry, field, value) -> format(entry.entityType(), field, value, locale));
	}

	private String format(String entityType, String field, Object value, Locale locale) {
		if (value == null) {
			return "";
		}
		boolean english = Messages.isEnglish(locale);
		return switch (field) {
			case "parentId",
					"unitId" ->
				this.places.unit(((Number) value).longValue())
					.map(unit -> unitLabel(unit, locale))
					.orElse(String.valueOf(value));
			case "boardId" -> this.places.agency(((Number) value).longValue())
				.map(agency -> agency.name(english))
				.orElse(String.valueOf(value));
			case "level" -> this.messages.text("reference.level." + value, locale);
			case "kind" -> this.messages.text(
					(ZoneService.ENTITY.equals(entityType) ? "reference.zoneKind." : "reference.agencyKind.") + value,
					locale);
			case "validFrom", "validTo" -> Formats.date(LocalDate.parse(value.toString()));
			case "areaHa" -> Formats.number(new BigDecimal(value.toString()), 2, locale);
			case "successors" -> successors((List<?>) value, locale);
			default -> (value instanceof Boolean bool) ? this.messages.yesNo(bool, locale) : value.toString();
		};
	}

	/** "Phường Thủ Dầu Một (toàn bộ, 01/07/2025); …". */
	private String successors(List<?> successions, Locale locale) {
		return successions.stream().map(item -> {
			Map<?, ?> succession = (Map<?, ?>) item;
			long unitId = ((Number) succession.get("unitId")).longValue();
			String name = this.places.unit(unitId)
				.map(unit -> unit.name(Messages.isEnglish(locale)))
				.orElse(String.valueOf(unitId));
			Object date = succession.get("effectiveDate");
			return name + " (" + this.messages.text("reference.share." + succession.get("share"), locale)
					+ ((date != null) ? ", " + Formats.date(LocalDate.parse(date.toString())) : "") + ")";
		}).collect(Collectors.joining("; "));
	}

}
