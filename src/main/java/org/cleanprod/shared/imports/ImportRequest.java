package org.cleanprod.shared.imports;

import java.util.Locale;

import org.cleanprod.shared.i18n.NumberStyle;
import org.cleanprod.shared.security.CurrentUser;

/**
 * Who imports, in which language, into what (a {@code target} the importer defines, such
 * as the id of the one facility a file is for; null for none) and with the numbers
 * written as text read in which style (null: the one the file shows).
 */
public record ImportRequest(CurrentUser user, Locale locale, String target, NumberStyle style) {

	/** The target as an id, for importers whose target is one. */
	public Long targetId() {
		return (this.target != null && !this.target.isEmpty()) ? Long.valueOf(this.target) : null;
	}

	public boolean english() {
		return "en".equals(this.locale.getLanguage());
	}

}
