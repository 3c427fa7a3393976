package org.cleanprod.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cleanprod.shared.audit.AuditDiff;
import org.cleanprod.shared.audit.AuditEntry;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.units.MeasureUnit;
import org.cleanprod.shared.web.Option;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the reference pages need besides the records: the choices of their select lists in
 * the user's language, and histories with readable values (unit and agency names, dates,
 * levels, successions).
 */
@Component
class ReferencePageModel {

	private final ReferenceService reference;

	private final AuditDiff diff;

	private final MessageSource messages;

	ReferencePageModel(ReferenceService reference, AuditDiff diff, MessageSource messages) {
		this.reference = reference;
		this.diff = diff;
		this.messages = messages;
	}

	List<Option> levels(Locale locale) {
		return enumOptions(UnitLevel.values(), UnitLevel::messageKey, locale);
	}

	List<Option> periods(Locale locale) {
		return enumOptions(UnitPeriod.values(), UnitPeriod::messageKey, locale);
	}

	List<Option> shares(Locale locale) {
		return enumOptions(Share.values(), Share::messageKey, locale);
	}

	List<Option> zoneKinds(Locale locale) {
		return enumOptions(ZoneKind.values(), ZoneKind::messageKey, locale);
	}

	List<Option> agencyKinds(Locale locale) {
		return enumOptions(AgencyKind.values(), AgencyKind::messageKey, locale);
	}

	List<Option> resourceKinds(Locale locale) {
		return enumOptions(ResourceKind.values(), ResourceKind::messageKey, locale);
	}

	List<Option> carrierGroups(Locale locale) {
		return enumOptions(CarrierGroup.values(), CarrierGroup::messageKey, locale);
	}

	/** The groups a new energy carrier may belong to (water is a kind of its own). */
	List<Option> energyGroups(Locale locale) {
		return Arrays.stream(CarrierGroup.values())
			.filter(group -> group != CarrierGroup.WATER)
			.map(group -> Option.of(group.name(), text(group.messageKey(), locale)))
			.toList();
	}

	List<Option> factorKinds(Locale locale) {
		return enumOptions(FactorKind.values(), FactorKind::messageKey, locale);
	}

	/** Every measure unit by name, labelled in the user's language. */
	List<Option> measureUnits(Locale locale) {
		return enumOptions(MeasureUnit.values(), MeasureUnit::messageKey, locale);
	}

	/**
	 * The manufacturing divisions a material may apply to: "13 – Sản xuất sản phẩm dệt".
	 */
	List<Option> divisions(Locale locale) {
		boolean english = isEnglish(locale);
		return this.reference.divisions()
			.stream()
			.map(sector -> Option.of(sector.code(),
					sector.code() + " – " + ((english && sector.nameEn() != null) ? sector.nameEn() : sector.name())))
			.toList();
	}

	List<Option> yesNo(Locale locale) {
		return List.of(Option.of(true, text("common.yes", locale)), Option.of(false, text("common.no", locale)));
	}

	/** Units that may hold others (provinces and districts), in force first. */
	List<Option> parents(Locale locale) {
		return units(locale, UnitLevel.PROVINCE, UnitLevel.DISTRICT);
	}

	/** Every unit, in force first, labelled with its ancestors and validity. */
	List<Option> units(Locale locale) {
		return units(locale, UnitLevel.values());
	}

	/** The management boards zones may belong to. */
	List<Option> boards(Locale locale) {
		boolean english = isEnglish(locale);
		return this.reference.agencies()
			.stream()
			.filter(agency -> agency.kind() == AgencyKind.ZONE_BOARD)
			.map(agency -> Option.of(agency.id(),
					(english && agency.nameEn() != null) ? agency.nameEn() : agency.name()))
			.toList();
	}

	/** "Phường Phú Cường, Thành phố Thủ Dầu Một (đến 30/06/2025)". */
	String unitLabel(UnitView unit, Locale locale) {
		boolean english = isEnglish(locale);
		String label = (unit.level() == UnitLevel.PROVINCE) ? unit.name(english)
				: this.reference.label(unit.id(), english);
		if (unit.validTo() != null) {
			label += " (" + text("unit.until", locale, Formats.date(unit.validTo())) + ")";
		}
		else if (unit.validFrom() != null) {
			label += " (" + text("unit.since", locale, Formats.date(unit.validFrom())) + ")";
		}
		return label;
	}

	private List<Option> units(Locale locale, UnitLevel... levels) {
		LocalDate today = LocalDate.now(Formats.ZONE);
		List<UnitLevel> wanted = Arrays.asList(levels);
		return this.reference.units()
			.stream()
			.filter(unit -> wanted.contains(unit.level()))
			.sorted(Comparator.comparing((UnitView unit) -> !unit.isValidOn(today))
				.thenComparing(UnitView::level)
				.thenComparing(unit -> unit.name()))
			.map(unit -> Option.of(unit.id(), unitLabel(unit, locale)))
			.toList();
	}

	/** The history of a record with readable values. */
	List<AuditDiff.Change> changes(List<AuditEntry> entries, Locale locale) {
		return entries.stream()
			.map(entry -> this.diff.changes(entry, (field, value) -> format(entry.entityType(), field, value, locale)))
			.toList();
	}

	private String format(String entityType, String field, Object value, Locale locale) {
		if (value == null) {
			return "";
		}
		boolean english = isEnglish(locale);
		return switch (field) {
			case "parentId",
					"unitId" ->
				this.reference.unit(((Number) value).longValue())
					.map(unit -> unitLabel(unit, locale))
					.orElse(String.valueOf(value));
			case "boardId" -> this.reference.agency(((Number) value).longValue())
				.map(agency -> (english && agency.nameEn() != null) ? agency.nameEn() : agency.name())
				.orElse(String.valueOf(value));
			case "level" -> text("reference.level." + value, locale);
			case "kind" -> text(switch (entityType) {
				case ZoneService.ENTITY -> "reference.zoneKind.";
				case ResourceService.ENTITY -> "reference.resourceKind.";
				case FactorService.ENTITY -> "reference.factorKind.";
				default -> "reference.agencyKind.";
			} + value, locale);
			case "carrierGroup" -> text("reference.carrierGroup." + value, locale);
			case "baseUnit", "perUnit" -> text("unit." + value, locale);
			case "acceptedUnits" ->
				((List<?>) value).stream().map(unit -> text("unit." + unit, locale)).collect(Collectors.joining(", "));
			case "sectorCodes" -> ((List<?>) value).stream().map(String::valueOf).collect(Collectors.joining(", "));
			case "validFrom", "validTo" -> Formats.date(LocalDate.parse(value.toString()));
			case "areaHa" -> Formats.number(new BigDecimal(value.toString()), 2, locale);
			case "value", "valueMax", "densityTonnesPerCubicMetre" ->
				Formats.number(new BigDecimal(value.toString()), FactorService.MAX_SCALE, locale);
			case "successors" -> successors((List<?>) value, locale);
			default ->
				(value instanceof Boolean bool) ? text(bool ? "common.yes" : "common.no", locale) : value.toString();
		};
	}

	/** "Phường Thủ Dầu Một (toàn bộ, 01/07/2025); …". */
	private String successors(List<?> successions, Locale locale) {
		return successions.stream().map(item -> {
			Map<?, ?> succession = (Map<?, ?>) item;
			long unitId = ((Number) succession.get("unitId")).longValue();
			String name = this.reference.unit(unitId)
				.map(unit -> unit.name(isEnglish(locale)))
				.orElse(String.valueOf(unitId));
			Object date = succession.get("effectiveDate");
			return name + " (" + text("reference.share." + succession.get("share"), locale)
					+ ((date != null) ? ", " + Formats.date(LocalDate.parse(date.toString())) : "") + ")";
		}).collect(Collectors.joining("; "));
	}

	private <E extends Enum<E>> List<Option> enumOptions(E[] values, Function<E, String> key, Locale locale) {
		return Arrays.stream(values).map(value -> Option.of(value.name(), text(key.apply(value), locale))).toList();
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	static boolean isEnglish(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

}
