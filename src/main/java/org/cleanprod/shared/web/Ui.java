package org.cleanprod.shared.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.cleanprod.shared.audit.AuditEntry;
import org.cleanprod.shared.i18n.Bilingual;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.listing.PageQuery;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.Permission;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * What every template needs about the request: texts in the user's language, number and
 * date formats, the signed-in user, the CSRF token, links that keep the current filters,
 * navigation and flash messages. One is added to every model as {@code ui}.
 */
public final class Ui {

	private final MessageSource messages;

	private final Locale locale;

	private final HttpServletRequest request;

	private final List<NavEntry> navigation;

	private final CurrentUser user;

	Ui(MessageSource messages, Locale locale, HttpServletRequest request, List<NavEntry> navigation) {
		this.messages = messages;
		this.locale = locale;
		this.request = request;
		this.user = CurrentUser.current();
		this.navigation = navigation.stream()
			.filter(entry -> this.user != null && (entry.permission() == null || this.user.can(entry.permission())))
			.toList();
	}

	/** The text of a message key in the user's language. */
	public String t(String key, Object... arguments) {
		try {
			return this.messages.getMessage(key, arguments, this.locale);
		}
		catch (NoSuchMessageException ex) {
			return "??" + key + "??";
		}
	}

	public String t(MessageSourceResolvable resolvable) {
		return this.messages.getMessage(resolvable, this.locale);
	}

	public Locale locale() {
		return this.locale;
	}

	public String lang() {
		return this.locale.getLanguage();
	}

	public boolean isEnglish() {
		return "en".equals(this.locale.getLanguage());
	}

	/** Vietnamese or English of a pair of names, falling back to Vietnamese. */
	public String name(String vietnamese, String english) {
		return Bilingual.inLanguage(isEnglish(), vietnamese, english);
	}

	public String number(Number value) {
		return Formats.number(value, 2, this.locale);
	}

	public String number(Number value, int maxFractionDigits) {
		return Formats.number(value, maxFractionDigits, this.locale);
	}

	/** A p-value: "< 0,0001" when that small, else four decimals. */
	public String pValue(Double value) {
		if (value == null) {
			return "";
		}
		return (value < 0.0001) ? "< " + Formats.number(0.0001, 4, this.locale) : Formats.number(value, 4, this.locale);
	}

	public String date(LocalDate date) {
		return Formats.date(date);
	}

	public String dateTime(Instant instant) {
		return Formats.dateTime(instant);
	}

	public String month(java.time.YearMonth month) {
		return Formats.month(month);
	}

	public CurrentUser user() {
		return this.user;
	}

	public boolean can(Permission permission) {
		return this.user != null && this.user.can(permission);
	}

	/**
	 * Who made an audited change, as this user may see it: the account name to
	 * province-wide roles and auditors; to the others only "you", "the system" or
	 * "another user", since enterprise and local users must not learn who else works on a
	 * record.
	 */
	public String actor(AuditEntry entry) {
		if (entry.actorId() == null) {
			return t("history.system");
		}
		if (this.user != null && (this.user.scope().isAll() || can(Permission.AUDIT_READ))) {
			return entry.actorName();
		}
		return t((this.user != null && entry.actorId() == this.user.id()) ? "history.you" : "history.otherUser");
	}

	/** The address a change came from, shown only to those who read the audit trail. */
	public String address(AuditEntry entry) {
		return can(Permission.AUDIT_READ) ? entry.remoteAddress() : null;
	}

	/**
	 * The menus of the main navigation this user may open, in the order of their groups;
	 * a group without any such entry is left out.
	 */
	public List<NavMenu> menus() {
		Map<NavGroup, List<NavEntry>> byGroup = new EnumMap<>(NavGroup.class);
		this.navigation.forEach(entry -> byGroup.computeIfAbsent(entry.group(), group -> new ArrayList<>()).add(entry));
		return byGroup.entrySet()
			.stream()
			.map(menu -> new NavMenu(menu.getKey(), List.copyOf(menu.getValue())))
			.toList();
	}

	public boolean isActive(NavEntry entry) {
		String path = path();
		return "/".equals(entry.href()) ? "/".equals(path) : path.startsWith(entry.href());
	}

	/** Whether the current page is one of the menu's entries. */
	public boolean isActive(NavMenu menu) {
		return menu.entries().stream().anyMatch(this::isActive);
	}

	public String path() {
		return this.request.getRequestURI().substring(this.request.getContextPath().length());
	}

	public String csrfParameter() {
		CsrfToken token = csrf();
		return (token != null) ? token.getParameterName() : "_csrf";
	}

	public String csrfHeader() {
		CsrfToken token = csrf();
		return (token != null) ? token.getHeaderName() : "X-CSRF-TOKEN";
	}

	public String csrfToken() {
		CsrfToken token = csrf();
		return (token != null) ? token.getToken() : "";
	}

	/** The current URL with one query parameter replaced (null removes it). */
	public String withParam(String name, Object value) {
		UriComponentsBuilder builder = currentUrl();
		if (value == null) {
			builder.replaceQueryParam(name);
		}
		else {
			builder.replaceQueryParam(name, value);
		}
		return builder.build().encode().toUriString();
	}

	/**
	 * Another path with the current query, less the named parameters (an export of the
	 * filtered list).
	 */
	public String withQuery(String path, String... drop) {
		UriComponentsBuilder builder = withCurrentQuery(path);
		for (String name : drop) {
			builder.replaceQueryParam(name);
		}
		return builder.build().encode().toUriString();
	}

	/**
	 * The current URL sorted by a key: the same key again flips the direction; page 1.
	 */
	public String sortUrl(String key, PageQuery query) {
		boolean descending = key.equals(query.sort()) && !query.descending();
		return currentUrl().replaceQueryParam("sort", key)
			.replaceQueryParam("dir", descending ? "desc" : "asc")
			.replaceQueryParam("page")
			.build()
			.encode()
			.toUriString();
	}

	/** The value of {@code aria-sort} for a column header. */
	public String ariaSort(String key, PageQuery query) {
		if (!key.equals(query.sort())) {
			return "none";
		}
		return query.descending() ? "descending" : "ascending";
	}

	public String query(String name) {
		return this.request.getParameter(name);
	}

	public Flash flash() {
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(this.request);
		return (flash != null) ? (Flash) flash.get(Flash.ATTRIBUTE) : null;
	}

	/** The message of a field's first error, or null. */
	public String error(Errors errors, String field) {
		if (errors == null) {
			return null;
		}
		FieldError error = errors.getFieldError(field);
		return (error != null) ? t(error) : null;
	}

	public boolean hasError(Errors errors, String field) {
		return errors != null && errors.hasFieldErrors(field);
	}

	public List<String> globalErrors(Errors errors) {
		return (errors != null) ? errors.getGlobalErrors().stream().map(this::t).toList() : List.of();
	}

	private UriComponentsBuilder currentUrl() {
		return withCurrentQuery(path());
	}

	/**
	 * A path with the request's query parameters, decoded so that building encodes them
	 * once.
	 */
	private UriComponentsBuilder withCurrentQuery(String path) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		String query = this.request.getQueryString();
		if (query != null) {
			UriComponentsBuilder.fromUriString("/?" + query)
				.build()
				.getQueryParams()
				.forEach((name, values) -> values
					.forEach(value -> builder.queryParam(decode(name), (value != null) ? decode(value) : null)));
		}
		return builder;
	}

	private static String decode(String text) {
		try {
			return UriUtils.decode(text.replace('+', ' '), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}

	private CsrfToken csrf() {
		return (CsrfToken) this.request.getAttribute(CsrfToken.class.getName());
	}

}
