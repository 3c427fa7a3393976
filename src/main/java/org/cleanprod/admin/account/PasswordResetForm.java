package org.cleanprod.admin.account;

import jakarta.validation.constraints.NotBlank;

/**
 * A new password an administrator sets for a user; its length is checked with the other
 * password rules in {@link PasswordRules}.
 */
public record PasswordResetForm(@NotBlank String password) {

}
