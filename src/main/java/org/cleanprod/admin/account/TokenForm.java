package org.cleanprod.admin.account;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new personal access token: a name saying what it is for and, optionally, the last day
 * it works (90 days from today when empty, at most a year).
 */
public record TokenForm(@NotBlank @Size(max = 100) String name, LocalDate expiresOn) {

	static TokenForm empty() {
		return new TokenForm("", null);
	}

}
