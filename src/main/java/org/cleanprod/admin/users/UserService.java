package org.cleanprod.admin.users;

import org.cleanprod.admin.account.AccessTokens;
import org.cleanprod.admin.account.AccountService;
import org.cleanprod.admin.account.PasswordResetForm;
import org.cleanprod.admin.account.PasswordRules;
import org.cleanprod.admin.account.TokenSnapshot;
import org.cleanprod.admin.account.TokenView;
import org.cleanprod.admin.signin.AccountSessions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.cleanprod.facility.FacilityService;
import org.cleanprod.places.AgencyKind;
import org.cleanprod.places.Places;
import org.cleanprod.places.UnitLevel;
import org.cleanprod.shared.audit.AuditEntry;
import org.cleanprod.shared.audit.AuditLog;
import org.cleanprod.shared.listing.Listing;
import org.cleanprod.shared.listing.Sorting;
import org.cleanprod.shared.jdbc.Where;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.Role;
import org.cleanprod.shared.text.Texts;
import org.cleanprod.shared.web.StaleEditException;
import org.cleanprod.shared.web.InvalidFormException;
import org.cleanprod.shared.web.NotFoundException;
import org.cleanprod.shared.listing.PageQuery;
import org.cleanprod.shared.listing.PageView;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts as administrators manage them: list, create, edit, reset a password. The
 * scope fields a role needs are checked here, for pages and API alike; every change
 * writes its audit row in the same transaction, and a change of what a user may see or do
 * (role, scope, enabled, password) ends that user's sessions so it applies at once; a new
 * password also revokes the user's access tokens.
 */
@Service
@Transactional(readOnly = true)
public class UserService {

	public static final String USER = "user";

	public static final Sorting SORTING = Sorting.of("username", "u.username",
			Map.of("username", "u.username", "displayName", "u.display_name", "role", "u.role", "lastLogin",
					"u.last_login_at", "created", "u.created_at", "tokens", "active_tokens"));

	private static final String COLUMNS = """
			SELECT u.id, u.username, u.display_name, u.email, u.phone, u.role, u.enabled, u.demo, u.created_at,
			    u.last_login_at, (SELECT COUNT(*) FROM api_token t WHERE t.user_id = u.id AND t.revoked_at IS NULL
			    AND t.expires_at > :now) AS active_tokens""";

	private static final String FROM = " FROM user_account u";

	private final UserAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final PasswordRules passwordRules;

	private final Places reference;

	private final FacilityService facilities;

	private final ScopeDescriptions scopes;

	private final AccountSessions sessions;

	private final AccessTokens tokens;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final Listing list;

	private final Clock clock;

	UserService(UserAccountRepository accounts, PasswordEncoder encoder, PasswordRules passwordRules, Places reference,
			FacilityService facilities, ScopeDescriptions scopes, AccountSessions sessions, AccessTokens tokens,
			AuditLog audit, JdbcClient jdbc, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.passwordRules = passwordRules;
		this.reference = reference;
		this.facilities = facilities;
		this.scopes = scopes;
		this.sessions = sessions;
		this.tokens = tokens;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
		this.list = new Listing(jdbc, COLUMNS, FROM, SORTING);
	}

	public PageView<UserRow> search(UserFilter filter, PageQuery page) {
		return this.list.page(where(filter).param("now", now()), page, UserService::row);
	}

	/** Every user of the filter in the page's order, for exports. */
	void forEach(UserFilter filter, PageQuery order, Consumer<UserRow> consumer) {
		this.list.forEach(where(filter).param("now", now()), order, UserService::row, consumer);
	}

	long count(UserFilter filter) {
		return this.list.count(where(filter));
	}

	public UserView view(long id, boolean english) {
		UserAccount account = load(id);
		long activeTokens = this.jdbc.sql("""
				SELECT COUNT(*) FROM api_token
				WHERE user_id = :id AND revoked_at IS NULL AND expires_at > :now
				""").param("id", id).param("now", now()).query(Long.class).single();
		return new UserView(account.getId(), account.getUsername(), account.getDisplayName(), account.getEmail(),
				account.getPhone(), account.getRole(), this.scopes.describe(account.scope(), english),
				account.isEnabled(), account.isDemo(), account.getCreatedAt(), account.getLastLoginAt(), activeTokens,
				account.getVersion());
	}

	/** The form of an existing account, for its edit page. */
	UserForm form(long id) {
		return UserForm.of(load(id));
	}

	List<AuditEntry> history(long id) {
		load(id);
		return this.audit.history(USER, id);
	}

	/**
	 * The errors the service would find in a form that already failed its field
	 * validation, so that a page shows them all at once.
	 */
	void check(UserForm form, Long id) {
		InvalidFormException.Collector errors = new InvalidFormException.Collector();
		if (id == null) {
			creationChecks(form, errors);
		}
		else {
			load(id);
		}
		checkScope(form, errors);
		errors.throwIfAny();
	}

	/**
	 * Creates an account; field errors (user name, password, scope) are thrown together.
	 */
	@Transactional
	public long create(UserForm form, CurrentUser actor) {
		InvalidFormException.Collector errors = new InvalidFormException.Collector();
		creationChecks(form, errors);
		Assignment scope = checkScope(form, errors);
		errors.throwIfAny();
		String username = UserAccount.normalise(form.username());
		UserAccount account = new UserAccount(username, form.displayName().strip(),
				this.encoder.encode(form.password()), form.role(), this.clock.instant());
		account.describe(form.displayName().strip(), Texts.blankToNull(form.email()), Texts.blankToNull(form.phone()));
		account.assign(form.role(), scope.unitIds(), scope.agencyId(), scope.enterpriseId());
		account.setEnabled(form.enabledOrTrue());
		try {
			this.accounts.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException ex) {
			// Another administrator took the name a moment ago.
			throw InvalidFormException.of("username", "user.error.usernameTaken", username);
		}
		this.audit.created(actor, USER, account.getId(), UserSnapshot.of(account));
		return account.getId();
	}

	/**
	 * Updates an account; a stale version (someone saved meanwhile) is refused, and an
	 * administrator may not change their own role or disable themselves. True when
	 * anything changed.
	 */
	@Transactional
	public boolean update(long id, UserForm form, CurrentUser caller) {
		UserAccount account = load(id);
		StaleEditException.check(form.version(), account.getVersion());
		InvalidFormException.Collector errors = new InvalidFormException.Collector();
		if (!UserAccount.normalise(form.username()).equals(account.getUsername())) {
			errors.reject("username", "user.error.usernameFixed");
		}
		Assignment scope = checkScope(form, errors);
		if (caller.id() == id && form.role() != null && form.role() != account.getRole()) {
			errors.reject("role", "user.error.selfRole");
		}
		if (caller.id() == id && !form.enabledOrTrue()) {
			errors.reject("enabled", "user.error.selfDisable");
		}
		errors.throwIfAny();
		UserSnapshot before = UserSnapshot.of(account);
		account.describe(form.displayName().strip(), Texts.blankToNull(form.email()), Texts.blankToNull(form.phone()));
		account.assign(form.role(), scope.unitIds(), scope.agencyId(), scope.enterpriseId());
		account.setEnabled(form.enabledOrTrue());
		UserSnapshot after = UserSnapshot.of(account);
		if (before.equals(after)) {
			return false;
		}
		this.accounts.saveAndFlush(account);
		this.audit.updated(caller, USER, id, before, after);
		if (before.accessDiffers(after)) {
			this.sessions.end(account.getUsername());
		}
		return true;
	}

	/**
	 * Sets a new password for a user (who forgot theirs, say), ends their sessions and
	 * revokes their access tokens. The audit row marks the change, never the hash.
	 */
	@Transactional
	PasswordChange resetPassword(long id, PasswordResetForm form, CurrentUser actor) {
		UserAccount account = load(id);
		InvalidFormException.Collector errors = new InvalidFormException.Collector();
		this.passwordRules.check("password", form.password(), account.getUsername(), account.getDisplayName(), errors);
		errors.throwIfAny();
		return changePassword(account, form.password(), actor, TokenView.RevokedReason.PASSWORD_RESET);
	}

	/**
	 * What a password change ended: the account's other sessions and its access tokens,
	 * for the page to say.
	 */
	public record PasswordChange(int sessionsEnded, int tokensRevoked) {
	}

	/**
	 * Sets the password of an account, audits it, ends the account's other sessions and
	 * revokes its tokens (each audited): whoever knew the old password, or held a session
	 * or token got with it, must not keep access.
	 */
	public PasswordChange changePassword(UserAccount account, String password, CurrentUser actor,
			TokenView.RevokedReason reason) {
		UserSnapshot before = UserSnapshot.of(account);
		account.setPasswordHash(this.encoder.encode(password));
		this.accounts.saveAndFlush(account);
		this.audit.updated(actor, USER, account.getId(), before, before.withPasswordChanged());
		List<TokenView> revoked = this.tokens.revokeAll(account.getId(), reason);
		revoked.forEach(token -> auditRevoked(actor, account.getId(), account.getUsername(), token));
		return new PasswordChange(this.sessions.end(account.getUsername()), revoked.size());
	}

	/** Audits the revocation of a token of the user, as it was before and is now. */
	public void auditRevoked(CurrentUser actor, long userId, String username, TokenView before) {
		TokenView after = this.tokens.find(userId, before.id()).orElseThrow();
		this.audit.updated(actor, AccountService.TOKEN, before.id(), TokenSnapshot.of(userId, username, before),
				TokenSnapshot.of(userId, username, after));
	}

	/** The user names of a role's accounts, whose sessions end when the role changes. */
	public List<String> usernames(Role role) {
		return this.jdbc.sql("SELECT username FROM user_account WHERE role = :role")
			.param("role", role.name())
			.query(String.class)
			.list();
	}

	public UserAccount load(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFoundException(USER, id));
	}

	private void creationChecks(UserForm form, InvalidFormException.Collector errors) {
		if (form.username() != null && !form.username().isBlank()) {
			String username = UserAccount.normalise(form.username());
			if (this.accounts.findByUsername(username).isPresent()) {
				errors.reject("username", "user.error.usernameTaken", username);
			}
		}
		this.passwordRules.check("password", form.password(), form.username(), form.displayName(), errors);
	}

	/** The scope fields the role needs, checked; the others are dropped. */
	private Assignment checkScope(UserForm form, InvalidFormException.Collector errors) {
		if (form.role() == null) {
			return Assignment.NONE;
		}
		return switch (form.role().scopeKind()) {
			case UNITS -> {
				if (form.unitIds().isEmpty()) {
					errors.reject("unitIds", "user.error.unitsRequired");
				}
				else if (form.unitIds()
					.stream()
					.anyMatch(id -> this.reference.unit(id)
						.filter(unit -> unit.level() == UnitLevel.DISTRICT || unit.level() == UnitLevel.COMMUNE)
						.isEmpty())) {
					errors.reject("unitIds", "user.error.unitUnknown");
				}
				yield new Assignment(Set.copyOf(form.unitIds()), null, null);
			}
			case ZONE_BOARD -> {
				if (form.zoneBoardId() == null) {
					errors.reject("zoneBoardId", "user.error.zoneBoardRequired");
				}
				else if (this.reference.agency(form.zoneBoardId())
					.filter(agency -> agency.kind() == AgencyKind.ZONE_BOARD)
					.isEmpty()) {
					errors.reject("zoneBoardId", "user.error.zoneBoardUnknown");
				}
				yield new Assignment(Set.of(), form.zoneBoardId(), null);
			}
			case AGENCY -> {
				if (form.agencyId() == null) {
					errors.reject("agencyId", "user.error.agencyRequired");
				}
				else if (this.reference.agency(form.agencyId()).isEmpty()) {
					errors.reject("agencyId", "user.error.agencyUnknown");
				}
				yield new Assignment(Set.of(), form.agencyId(), null);
			}
			case ENTERPRISE -> {
				if (form.enterpriseId() == null) {
					errors.reject("enterpriseId", "user.error.enterpriseRequired");
				}
				else if (!enterpriseExists(form.enterpriseId())) {
					errors.reject("enterpriseId", "user.error.enterpriseUnknown");
				}
				yield new Assignment(Set.of(), null, form.enterpriseId());
			}
			case ALL, ASSIGNED -> Assignment.NONE;
		};
	}

	private boolean enterpriseExists(long enterpriseId) {
		try {
			this.facilities.enterprise(enterpriseId, ScopeDescriptions.PROVINCE);
			return true;
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

	private record Assignment(Set<Long> unitIds, Long agencyId, Long enterpriseId) {

		static final Assignment NONE = new Assignment(Set.of(), null, null);

	}

	private static Where where(UserFilter filter) {
		Where where = new Where();
		if (filter.q() != null) {
			where.and(
					"(u.search_text LIKE :folded OR LOWER(u.username || ' ' || u.display_name || ' ' "
							+ "|| COALESCE(u.email, '')) LIKE :lower)",
					"folded", "%" + Texts.fold(filter.q()) + "%", "lower",
					"%" + filter.q().toLowerCase(Locale.ROOT) + "%");
		}
		where.andIf((filter.role() != null) ? filter.role().name() : null, "u.role = :role", "role");
		where.andIf(filter.enabled(), "u.enabled = :enabled", "enabled");
		return where;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private static UserRow row(ResultSet rs, int row) throws SQLException {
		OffsetDateTime lastLogin = rs.getObject("last_login_at", OffsetDateTime.class);
		return new UserRow(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("email"), rs.getString("phone"), Role.valueOf(rs.getString("role")),
				rs.getBoolean("enabled"), rs.getBoolean("demo"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				(lastLogin != null) ? lastLogin.toInstant() : null, rs.getLong("active_tokens"));
	}

}
