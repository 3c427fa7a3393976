package org.cleanprod.admin.users;

import java.util.List;

import org.cleanprod.shared.security.ScopeKind;

/**
 * A user's data scope for people and scripts: its kind, a description in words ("Thành
 * phố Thủ Dầu Một", "Công ty TNHH ... (MST 3700...)") and the ids behind it.
 * {@code assignedFacilities} counts a consultant's assigned facilities, null otherwise.
 */
public record ScopeView(ScopeKind kind, String description, List<Long> unitIds, Long agencyId, Long enterpriseId,
		Long assignedFacilities) {

	public ScopeView {
		unitIds = List.copyOf(unitIds);
	}

	public String messageKey() {
		return "scope." + this.kind.name();
	}

}
