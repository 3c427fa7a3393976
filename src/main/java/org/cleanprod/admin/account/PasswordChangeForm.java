package org.cleanprod.admin.account;

import jakarta.validation.constraints.NotBlank;

/** A user changing their own password: the current one proves it is them. */
public record PasswordChangeForm(@NotBlank String currentPassword, @NotBlank String newPassword,
		@NotBlank String confirmation) {

	static PasswordChangeForm empty() {
		return new PasswordChangeForm(null, null, null);
	}

}
