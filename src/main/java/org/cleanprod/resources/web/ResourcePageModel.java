package org.cleanprod.resources.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.cleanprod.places.Places;
import org.cleanprod.resources.CarrierGroup;
import org.cleanprod.resources.FactorKind;
import org.cleanprod.resources.ResourceKind;
import org.cleanprod.resources.factor.FactorService;
import org.cleanprod.resources.resource.ResourceService;
import org.cleanprod.shared.audit.AuditDiff;
import org.cleanprod.shared.audit.AuditEntry;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.i18n.Messages;
import org.cleanprod.shared.units.MeasureUnit;
import org.cleanprod.shared.web.Option;

import org.springframework.stereotype.Component;

/**
 * What the resource, factor and setting pages need besides the records: the choices of
 * their select lists in the user's language, and histories with readable values.
 */
@Component
public class ResourcePageModel {

	private final Places places;

	private final AuditDiff diff;

	private final Messages messages;

	ResourcePageModel(Places places, AuditDiff diff, Messages messages) {
		this.places = places;
		this.diff = diff;
		this.messages = messages;
	}

	public List<Option> resourceKinds(Locale locale) {
		return this.messages.options(ResourceKind.values(), ResourceKind::messageKey, locale);
	}

	public List<Option> carrierGroups(Locale locale) {
		return this.messages.options(CarrierGroup.values(), CarrierGroup::messageKey, locale);
	}

	/** The groups a new energy carrier may belong to (water is a kind of its own). */
	public List<Option> energyGroups(Locale locale) {
		return Arrays.stream(CarrierGroup.values())
			.filter(group -> group != CarrierGroup.WATER)
			.map(group -> Option.of(group.name(), this.messages.text(group.messageKey(), locale)))
			.toList();
	}

	public List<Option> factorKinds(Locale locale) {
		return this.messages.options(FactorKind.values(), FactorKind::messageKey, locale);
	}

	/** Every measure unit by name, labelled in the user's language. */
	public List<Option> measureUnits(Locale locale) {
		return this.messages.options(MeasureUnit.values(), MeasureUnit::messageKey, locale);
	}

	/**
	 * The manufacturing divisions a material may apply to: "13 – Sản xuất sản phẩm dệt".
	 */
	public List<Option> divisions(Locale locale) {
		boolean english = Messages.isEnglish(locale);
		return this.places.divisions()
			.stream()
			.map(sector -> Option.of(sector.code(), sector.code() + " – " + (sector.name(english))))
			.toList();
	}

	public List<Option> yesNo(Locale locale) {
		return this.messages.yesNo(locale);
	}

	/** The history of a resource, factor or setting with readable values. */
	public List<AuditDiff.Change> changes(List<AuditEntry> entries, Locale locale) {
		return this.diff.history(entries, (entry, field, value) -> format(entry.entityType(), field, value, locale));
	}

	private String format(String entityType, String field, Object value, Locale locale) {
		if (value == null) {
			return "";
		}
		return switch (field) {
			case "kind" -> this.messages
				.text((ResourceService.ENTITY.equals(entityType) ? "reference.resourceKind." : "reference.factorKind.")
						+ value, locale);
			case "carrierGroup" -> this.messages.text("reference.carrierGroup." + value, locale);
			case "baseUnit", "perUnit" -> this.messages.text("unit." + value, locale);
			case "acceptedUnits" -> ((List<?>) value).stream()
				.map(unit -> this.messages.text("unit." + unit, locale))
				.collect(Collectors.joining(", "));
			case "sectorCodes" -> ((List<?>) value).stream().map(String::valueOf).collect(Collectors.joining(", "));
			case "validFrom", "validTo" -> Formats.date(LocalDate.parse(value.toString()));
			case "value", "valueMax", "densityTonnesPerCubicMetre" ->
				Formats.number(new BigDecimal(value.toString()), FactorService.MAX_SCALE, locale);
			default -> (value instanceof Boolean bool) ? this.messages.yesNo(bool, locale) : value.toString();
		};
	}

}
