package org.cleanprod.admin.users;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.cleanprod.shared.security.Role;

/**
 * The state of a user account as the audit trail records it: never the password hash. A
 * password change shows as {@code passwordChanged = true} in the state after.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record UserSnapshot(String username, String displayName, String email, String phone, Role role, List<Long> unitIds,
		Long agencyId, Long enterpriseId, boolean enabled, Boolean passwordChanged) {

	static UserSnapshot of(UserAccount account) {
		return new UserSnapshot(account.getUsername(), account.getDisplayName(), account.getEmail(), account.getPhone(),
				account.getRole(), account.getUnitIds().stream().sorted().toList(), account.getAgencyId(),
				account.getEnterpriseId(), account.isEnabled(), null);
	}

	UserSnapshot withPasswordChanged() {
		return new UserSnapshot(this.username, this.displayName, this.email, this.phone, this.role, this.unitIds,
				this.agencyId, this.enterpriseId, this.enabled, true);
	}

	/** Whether what the user may see or do differs: role, scope or the enabled flag. */
	boolean accessDiffers(UserSnapshot other) {
		return this.role != other.role || !this.unitIds.equals(other.unitIds)
				|| !Objects.equals(this.agencyId, other.agencyId)
				|| !Objects.equals(this.enterpriseId, other.enterpriseId) || this.enabled != other.enabled;
	}

}
