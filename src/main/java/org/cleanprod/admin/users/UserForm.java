package org.cleanprod.admin.users;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cleanprod.shared.security.InScope;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.Role;

/**
 * The editable fields of a user account, from a page or an API body. Which scope field
 * counts depends on the role: {@code unitIds} for district officers, {@code zoneBoardId}
 * for zone officers, {@code agencyId} for agency users, {@code enterpriseId} for
 * enterprise users; the others are ignored. {@code password} is read only when the
 * account is created; the user name cannot change afterwards.
 */
public record UserForm(
		@NotBlank @Pattern(regexp = "\\s*[A-Za-z0-9._-]{3,50}\\s*", message = "{user.error.username}") String username,
		@NotBlank @Size(max = 200) String displayName, @Email @Size(max = 200) String email,
		@Size(max = 30) String phone, @NotNull Role role, @InScope(ReferenceKind.UNIT) List<Long> unitIds,
		@InScope(ReferenceKind.AGENCY) Long zoneBoardId, @InScope(ReferenceKind.AGENCY) Long agencyId,
		@InScope(ReferenceKind.ENTERPRISE) Long enterpriseId, Boolean enabled, String password, Long version) {

	public UserForm {
		unitIds = (unitIds != null) ? List.copyOf(unitIds.stream().filter(id -> id != null).toList()) : List.of();
	}

	static UserForm empty() {
		return new UserForm("", "", null, null, null, List.of(), null, null, null, true, null, null);
	}

	static UserForm of(UserAccount account) {
		Role role = account.getRole();
		return new UserForm(account.getUsername(), account.getDisplayName(), account.getEmail(), account.getPhone(),
				role, account.getUnitIds().stream().sorted().toList(),
				(role == Role.ZONE_OFFICER) ? account.getAgencyId() : null,
				(role == Role.AGENCY_USER) ? account.getAgencyId() : null, account.getEnterpriseId(),
				account.isEnabled(), null, account.getVersion());
	}

	/** Whether the unit is among the chosen ones, for the unit list of the page. */
	public boolean hasUnit(Object unitId) {
		return this.unitIds.stream().anyMatch(id -> String.valueOf(id).equals(String.valueOf(unitId)));
	}

	public boolean enabledOrTrue() {
		return !Boolean.FALSE.equals(this.enabled);
	}

}
