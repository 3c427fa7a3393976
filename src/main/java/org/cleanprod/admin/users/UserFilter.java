package org.cleanprod.admin.users;

import org.cleanprod.shared.security.Role;
import org.cleanprod.shared.text.Texts;

/**
 * Criteria of the user list; null fields do not filter. {@code q} matches user name,
 * display name and e-mail, without accents.
 */
public record UserFilter(String q, Role role, Boolean enabled) {

	public UserFilter {
		q = Texts.blankToNull(q);
	}

	public static UserFilter none() {
		return new UserFilter(null, null, null);
	}

}
