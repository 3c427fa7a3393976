package org.cleanprod.admin.users;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cleanprod.facility.EnterpriseView;
import org.cleanprod.facility.FacilityFilter;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.places.AgencyView;
import org.cleanprod.places.Places;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.Role;
import org.cleanprod.shared.security.Scope;
import org.cleanprod.shared.web.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says in words what a data scope covers: the units, the board or agency, the enterprise,
 * or how many facilities a consultant is assigned. Names are read without the viewer's
 * scope: only administrators and the user themselves see a scope.
 */
@Component
public class ScopeDescriptions {

	/** Reads names across the whole province; never handed to a page. */
	static final CurrentUser PROVINCE = new CurrentUser(0, "system", "system", Role.ADMIN, Set.of(), Scope.all(0), true,
			null);

	private final Places reference;

	private final FacilityService facilities;

	private final MessageSource messages;

	ScopeDescriptions(Places reference, FacilityService facilities, MessageSource messages) {
		this.reference = reference;
		this.facilities = facilities;
		this.messages = messages;
	}

	public ScopeView describe(Scope scope, boolean english) {
		List<Long> unitIds = scope.unitIds().stream().sorted().toList();
		Long assigned = null;
		String description = switch (scope.kind()) {
			case ALL -> text("scope.ALL", english);
			case UNITS -> unitIds.isEmpty() ? text("user.scope.missing", english)
					: String.join("; ",
							unitIds.stream()
								.map(id -> this.reference.label(id, english))
								.sorted(Comparator.naturalOrder())
								.toList());
			case ZONE_BOARD,
					AGENCY ->
				(scope.agencyId() != null) ? this.reference.agency(scope.agencyId())
					.map(agency -> agencyName(agency, english))
					.orElse(String.valueOf(scope.agencyId())) : text("user.scope.missing", english);
			case ENTERPRISE -> (scope.enterpriseId() != null) ? enterpriseName(scope.enterpriseId())
					: text("user.scope.missing", english);
			case ASSIGNED -> {
				assigned = assignedFacilities(scope);
				yield text("user.scope.assigned", english, assigned);
			}
		};
		return new ScopeView(scope.kind(), description, unitIds, scope.agencyId(), scope.enterpriseId(), assigned);
	}

	/**
	 * How many facilities are assigned to a consultant (assignments are made on facility
	 * pages).
	 */
	long assignedFacilities(Scope scope) {
		CurrentUser consultant = new CurrentUser(scope.userId(), "consultant", "consultant", Role.CONSULTANT, Set.of(),
				scope, true, null);
		return this.facilities.count(FacilityFilter.none(), consultant);
	}

	public String enterpriseName(long enterpriseId) {
		try {
			EnterpriseView enterprise = this.facilities.enterprise(enterpriseId, PROVINCE);
			return enterprise.name() + " (" + enterprise.taxCode() + ")";
		}
		catch (NotFoundException ex) {
			return String.valueOf(enterpriseId);
		}
	}

	public static String agencyName(AgencyView agency, boolean english) {
		return agency.name(english);
	}

	private String text(String key, boolean english, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale(english));
	}

	public static Locale locale(boolean english) {
		return english ? Locale.ENGLISH : Formats.VIETNAMESE;
	}

}
