package org.cleanprod.admin.users;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.cleanprod.shared.excel.XlsxWriter;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.listing.PageQuery;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The user list as an Excel file, in the user's language, scope in words. */
@Component
public class UserExcel {

	private final UserService users;

	private final ScopeDescriptions scopes;

	private final MessageSource messages;

	UserExcel(UserService users, ScopeDescriptions scopes, MessageSource messages) {
		this.users = users;
		this.scopes = scopes;
		this.messages = messages;
	}

	void export(UserFilter filter, PageQuery order, Locale locale, OutputStream output) {
		boolean english = "en".equals(locale.getLanguage());
		try (XlsxWriter writer = new XlsxWriter(output)) {
			writer.sheet(text("user.export.sheet", locale),
					List.of(text("user.username", locale), text("user.displayName", locale), text("user.email", locale),
							text("user.phone", locale), text("user.role", locale), text("user.scope", locale),
							text("user.enabled", locale), text("user.demo", locale), text("user.activeTokens", locale),
							text("user.createdAt", locale), text("user.lastLoginAt", locale)),
					22);
			this.users.forEach(filter, order, row -> {
				ScopeView scope = this.scopes.describe(this.users.load(row.id()).scope(), english);
				writer.row(Arrays.asList(row.username(), row.displayName(), row.email(), row.phone(),
						text(row.role().messageKey(), locale), scope.description(), yesNo(row.enabled(), locale),
						yesNo(row.demo(), locale), row.activeTokens(), Formats.dateTime(row.createdAt()),
						Formats.dateTime(row.lastLoginAt())));
			});
		}
	}

	private String yesNo(boolean value, Locale locale) {
		return text(value ? "common.yes" : "common.no", locale);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
