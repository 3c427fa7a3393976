package org.cleanprod.admin.users;

import java.util.List;

import org.cleanprod.shared.web.Option;

/**
 * What the scope fields of the user form offer: administrative units grouped by district
 * and period, management boards, agencies, the enterprises matching the search, and for
 * an existing consultant the number of facilities assigned (null for a new account).
 */
public record ScopeChoices(List<ChoiceGroup> units, List<Option> zoneBoards, List<Option> agencies,
		List<Option> enterprises, Long assignedFacilities) {

}
