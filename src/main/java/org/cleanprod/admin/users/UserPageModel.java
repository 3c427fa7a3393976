package org.cleanprod.admin.users;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cleanprod.facility.FacilityService;
import org.cleanprod.places.AgencyKind;
import org.cleanprod.places.Places;
import org.cleanprod.places.UnitLevel;
import org.cleanprod.places.UnitView;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.security.Role;
import org.cleanprod.shared.security.Scope;
import org.cleanprod.shared.security.ScopeKind;
import org.cleanprod.shared.web.Option;
import org.cleanprod.shared.listing.PageQuery;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** What the user pages need besides the accounts: the choices of their select lists. */
@Component
class UserPageModel {

	/** How many enterprises the enterprise list offers before the user searches. */
	static final int ENTERPRISE_CHOICES = 30;

	private final Places reference;

	private final FacilityService facilities;

	private final ScopeDescriptions scopes;

	private final MessageSource messages;

	UserPageModel(Places reference, FacilityService facilities, ScopeDescriptions scopes, MessageSource messages) {
		this.reference = reference;
		this.facilities = facilities;
		this.scopes = scopes;
		this.messages = messages;
	}

	String form(Model model, Long id, UserForm form, BindingResult result, Locale locale) {
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("errors", result);
		model.addAttribute("roles", roleOptions(locale));
		model.addAttribute("choices", choices(form, null, id, locale));
		return "admin/userForm";
	}

	List<Option> roleOptions(Locale locale) {
		return List.of(Role.values())
			.stream()
			.map(role -> Option.of(role.name(), this.messages.getMessage(role.messageKey(), null, locale)))
			.toList();
	}

	ScopeChoices choices(UserForm form, String enterpriseQuery, Long userId, Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		Long assigned = null;
		if (userId != null && form.role() == Role.CONSULTANT) {
			assigned = this.scopes.assignedFacilities(new Scope(ScopeKind.ASSIGNED, Set.of(), null, null, userId));
		}
		return new ScopeChoices(unitGroups(english, locale), agencyOptions(true, form.zoneBoardId(), english),
				agencyOptions(false, form.agencyId(), english), enterpriseOptions(enterpriseQuery, form.enterpriseId()),
				assigned);
	}

	/**
	 * The enterprises whose name or tax code matches the search, by name, with the chosen
	 * one kept first.
	 */
	List<Option> enterpriseOptions(String query, Long selected) {
		List<Option> options = new ArrayList<>(this.facilities
			.enterprises(query, new PageQuery(1, ENTERPRISE_CHOICES, "name", false), ScopeDescriptions.PROVINCE)
			.items()
			.stream()
			.map(enterprise -> Option.of(enterprise.id(), enterprise.name() + " (" + enterprise.taxCode() + ")"))
			.toList());
		if (selected != null && options.stream().noneMatch(option -> option.value().equals(selected.toString()))) {
			options.add(0, Option.of(selected, this.scopes.enterpriseName(selected)));
		}
		return options;
	}

	/**
	 * The commune-level units of today's province first, then the district-level units
	 * and their communes of the period before: the periods side by side, each unit marked
	 * with its validity, names in Vietnamese alphabetical order.
	 */
	private List<ChoiceGroup> unitGroups(boolean english, Locale locale) {
		LocalDate today = LocalDate.now(Formats.ZONE);
		List<UnitView> units = this.reference.units();
		Map<Long, UnitView> byId = units.stream().collect(Collectors.toMap(UnitView::id, unit -> unit));
		Collator collator = Collator.getInstance(Formats.VIETNAMESE);
		Comparator<UnitView> byName = Comparator.comparing(unit -> unit.name(english), collator);
		Map<Long, List<UnitView>> communesByParent = units.stream()
			.filter(unit -> unit.level() == UnitLevel.COMMUNE && unit.parentId() != null)
			.collect(Collectors.groupingBy(UnitView::parentId));
		List<UnitView> parents = communesByParent.keySet()
			.stream()
			.map(byId::get)
			.filter(parent -> parent != null)
			.sorted(byName)
			.toList();
		List<ChoiceGroup> groups = new ArrayList<>();
		parents.stream()
			.filter(parent -> parent.level() == UnitLevel.PROVINCE)
			.forEach(province -> groups.add(communes(province, communesByParent, byName, english, today, locale)));
		List<UnitView> districts = units.stream()
			.filter(unit -> unit.level() == UnitLevel.DISTRICT)
			.sorted(byName)
			.toList();
		if (!districts.isEmpty()) {
			groups.add(new ChoiceGroup(text("user.units.districts", locale),
					districts.stream().map(unit -> option(unit, english, today, locale)).toList()));
		}
		parents.stream()
			.filter(parent -> parent.level() != UnitLevel.PROVINCE)
			.forEach(district -> groups.add(communes(district, communesByParent, byName, english, today, locale)));
		return groups;
	}

	private ChoiceGroup communes(UnitView parent, Map<Long, List<UnitView>> communesByParent,
			Comparator<UnitView> byName, boolean english, LocalDate today, Locale locale) {
		return new ChoiceGroup(text("user.units.communesOf", locale, parent.name(english)),
				communesByParent.get(parent.id())
					.stream()
					.sorted(byName)
					.map(unit -> option(unit, english, today, locale))
					.toList());
	}

	private Option option(UnitView unit, boolean english, LocalDate today, Locale locale) {
		String label = unit.name(english);
		if (unit.validTo() != null && !unit.isValidOn(today)) {
			label += " (" + text("unit.until", locale, Formats.date(unit.validTo())) + ")";
		}
		else if (unit.validFrom() != null && unit.validFrom().isAfter(today.minusYears(2))) {
			label += " (" + text("unit.since", locale, Formats.date(unit.validFrom())) + ")";
		}
		return Option.of(unit.id(), label);
	}

	/** Management boards, or all agencies: the active ones and the one already chosen. */
	private List<Option> agencyOptions(boolean boardsOnly, Long selected, boolean english) {
		return this.reference.agencies()
			.stream()
			.filter(agency -> !boardsOnly || agency.kind() == AgencyKind.ZONE_BOARD)
			.filter(agency -> agency.active() || Long.valueOf(agency.id()).equals(selected))
			.map(agency -> Option.of(agency.id(), ScopeDescriptions.agencyName(agency, english)))
			.toList();
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
