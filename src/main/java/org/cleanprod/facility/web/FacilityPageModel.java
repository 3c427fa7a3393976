package org.cleanprod.facility.web;

import org.cleanprod.facility.FacilityService;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cleanprod.places.Places;
import org.cleanprod.places.UnitLevel;
import org.cleanprod.places.UnitView;
import org.cleanprod.shared.audit.AuditDiff;
import org.cleanprod.shared.audit.AuditEntry;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.ScopeKind;
import org.cleanprod.shared.web.Option;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What the facility pages need besides the records: choices of select lists, readable
 * history.
 */
@Component
class FacilityPageModel {

	private final Places reference;

	private final FacilityService facilities;

	private final AuditDiff diff;

	private final MessageSource messages;

	FacilityPageModel(Places reference, FacilityService facilities, AuditDiff diff, MessageSource messages) {
		this.reference = reference;
		this.facilities = facilities;
		this.diff = diff;
		this.messages = messages;
	}

	void addFilterChoices(Model model, CurrentUser user, boolean english) {
		model.addAttribute("units", unitChoices(user, english));
		model.addAttribute("zones", zoneChoices(user, english));
		model.addAttribute("sectors", sectorChoices(english));
	}

	String form(Model model, Long id, FacilityForm form, BindingResult result, CurrentUser user, boolean english) {
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("errors", result);
		model.addAttribute("classifies", FacilityService.classifies(user));
		model.addAttribute("registersEnterprises", this.facilities.registersEnterprises(user));
		model.addAttribute("units", currentCommunes(user, english));
		model.addAttribute("endedUnit", endedUnit(form.unitId(), english));
		model.addAttribute("zones", zoneChoices(user, english));
		model.addAttribute("sectors", sectorChoices(english));
		model.addAttribute("enterprises", this.facilities.enterpriseChoices(user)
			.stream()
			.map(enterprise -> Option.of(enterprise.id(), enterprise.name() + " (" + enterprise.taxCode() + ")"))
			.toList());
		return "facility/form";
	}

	/**
	 * The communes a facility may be placed in: those in force today within the user's
	 * area; units that have ended stay only in the history and in the filters.
	 */
	List<Option> currentCommunes(CurrentUser user, boolean english) {
		LocalDate today = LocalDate.now(Formats.ZONE);
		Set<Long> inScope = (user.scope().kind() == ScopeKind.UNITS) ? this.reference.coveredBy(user.scope().unitIds())
				: null;
		return this.reference.units()
			.stream()
			.filter(unit -> unit.level() == UnitLevel.COMMUNE && unit.isValidOn(today))
			.filter(unit -> inScope == null || inScope.contains(unit.id()))
			.sorted(Comparator.comparing(UnitView::name))
			.map(unit -> Option.of(unit.id(), unitLabel(unit, english, today)))
			.toList();
	}

	/**
	 * What to say of a facility's unit that has ended (the reorganisation of 2025): its
	 * successors, one of which the facility must move to when next saved; null otherwise.
	 */
	private String endedUnit(Long unitId, boolean english) {
		LocalDate today = LocalDate.now(Formats.ZONE);
		return (unitId == null) ? null : this.reference.unit(unitId)
			.filter(unit -> !unit.isValidOn(today))
			.map(unit -> text("facility.error.unitEnded", english, unit.name(english), Formats.date(unit.validTo()),
					String.join(", ",
							this.reference.successors(unit.id())
								.stream()
								.map(successor -> successor.name(english))
								.toList())))
			.orElse(null);
	}

	/**
	 * Units to choose from: communes of both periods, newest first, each with its
	 * district or city and its validity; filters also offer provinces and districts.
	 */
	List<Option> unitChoices(CurrentUser user, boolean english) {
		LocalDate today = LocalDate.now(Formats.ZONE);
		Set<Long> inScope = (user.scope().kind() == ScopeKind.UNITS) ? this.reference.coveredBy(user.scope().unitIds())
				: null;
		return this.reference.units()
			.stream()
			.filter(unit -> inScope == null || inScope.contains(unit.id()))
			.sorted(Comparator.comparing((UnitView unit) -> !unit.isValidOn(today))
				.thenComparing(UnitView::level, Comparator.naturalOrder())
				.thenComparing(UnitView::name, Comparator.naturalOrder()))
			.map(unit -> Option.of(unit.id(), unitLabel(unit, english, today)))
			.toList();
	}

	private String unitLabel(UnitView unit, boolean english, LocalDate today) {
		String label = this.reference.label(unit.id(), english);
		if (unit.level() == UnitLevel.PROVINCE) {
			label = unit.name(english);
		}
		if (!unit.isValidOn(today) && unit.validTo() != null) {
			label += " (" + text("unit.until", english, Formats.date(unit.validTo())) + ")";
		}
		return label;
	}

	List<Option> zoneChoices(CurrentUser user, boolean english) {
		Set<Long> inScope = (user.scope().kind() == ScopeKind.ZONE_BOARD && user.scope().agencyId() != null)
				? this.reference.zonesOfBoard(user.scope().agencyId()) : null;
		return this.reference.zones()
			.stream()
			.filter(zone -> inScope == null || inScope.contains(zone.id()))
			.map(zone -> Option.of(zone.id(), zone.name(english)))
			.toList();
	}

	List<Option> sectorChoices(boolean english) {
		return this.reference.divisions()
			.stream()
			.map(sector -> Option.of(sector.code(), sector.code() + " – " + (sector.name(english))))
			.toList();
	}

	/**
	 * The history of a facility with readable values: unit and zone names, yes/no,
	 * contacts.
	 */
	List<AuditDiff.Change> changes(List<AuditEntry> entries, boolean english) {
		return this.diff.history(entries, (entry, field, value) -> format(field, value, english));
	}

	private String format(String field, Object value, boolean english) {
		if (value == null) {
			return "";
		}
		return switch (field) {
			case "unitId" -> this.reference.label(((Number) value).longValue(), english);
			case "zoneId" -> this.reference.zone(((Number) value).longValue()).map(zone -> zone.name()).orElse("");
			case "enterpriseId" ->
				this.facilities.enterpriseName(((Number) value).longValue()).orElse(String.valueOf(value));
			case "status" -> text("facility.status." + value, english);
			case "closedOn" -> Formats.date(LocalDate.parse(value.toString()));
			case "contacts" -> ((List<?>) value).stream()
				.map(contact -> String.join(", ",
						((Map<?, ?>) contact).values().stream().filter(v -> v != null).map(Object::toString).toList()))
				.reduce((a, b) -> a + "; " + b)
				.orElse("");
			default ->
				(value instanceof Boolean bool) ? text(bool ? "common.yes" : "common.no", english) : value.toString();
		};
	}

	private String text(String key, boolean english, Object... arguments) {
		return this.messages.getMessage(key, arguments, english ? java.util.Locale.ENGLISH : Formats.VIETNAMESE);
	}

}
