package org.cleanprod.admin.account;

import org.cleanprod.admin.roles.RoleService;
import org.cleanprod.admin.users.ScopeDescriptions;
import org.cleanprod.admin.users.UserFilter;
import org.cleanprod.admin.users.UserForm;
import org.cleanprod.admin.users.UserRow;
import org.cleanprod.admin.users.UserService;
import org.cleanprod.admin.users.UserView;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.cleanprod.shared.audit.AuditEntry;
import org.cleanprod.shared.audit.AuditFilter;
import org.cleanprod.shared.audit.AuditLog;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.Scoped;
import org.cleanprod.shared.security.Permission;
import org.cleanprod.shared.security.Role;
import org.cleanprod.shared.listing.PageQuery;
import org.cleanprod.shared.listing.PageView;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/me}, {@code /api/v1/users}, {@code /api/v1/roles} and
 * {@code /api/v1/audit}: the caller, accounts and the audit trail for scripts, with the
 * permissions of the pages. Never a password hash or a token secret. Words come in
 * Vietnamese unless {@code lang=en}.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts and access", description = "The caller, user accounts, role permissions, audit trail")
class AdminApiController {

	private final UserService users;

	private final RoleService roles;

	private final ScopeDescriptions scopes;

	private final AuditLog audit;

	private final MessageSource messages;

	AdminApiController(UserService users, RoleService roles, ScopeDescriptions scopes, AuditLog audit,
			MessageSource messages) {
		this.users = users;
		this.roles = roles;
		this.scopes = scopes;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/me")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The caller: user name, role, permissions and data scope in words and ids")
	MeView me(@RequestParam(defaultValue = "vi") String lang, @AuthenticationPrincipal CurrentUser user) {
		boolean english = "en".equals(lang);
		return new MeView(user.id(), user.getUsername(), user.displayName(), user.role(),
				this.messages.getMessage(user.role().messageKey(), null, ScopeDescriptions.locale(english)),
				user.permissions().stream().sorted().toList(), this.scopes.describe(user.scope(), english));
	}

	@GetMapping("/users")
	@PreAuthorize("hasAuthority('USER_ADMIN')")
	@Operation(operationId = "listUsers", summary = "User accounts, filtered, sorted and paged",
			description = "q matches user name, display name and e-mail without accents. "
					+ "sort: username, displayName, role, lastLogin, created, tokens.")
	PageView<UserRow> list(UserFilter filter, PageQuery query) {
		return this.users.search(filter, query);
	}

	@GetMapping("/users/{id}")
	@PreAuthorize("hasAuthority('USER_ADMIN')")
	@Operation(operationId = "getUser",
			summary = "One user account with its scope in words; 404 when it does not exist")
	UserView get(@PathVariable @Scoped(ReferenceKind.USER) long id, @RequestParam(defaultValue = "vi") String lang) {
		return this.users.view(id, "en".equals(lang));
	}

	@PostMapping("/users")
	@PreAuthorize("hasAuthority('USER_ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createUser",
			summary = "Creates an account; 400 lists the fields in error (user name taken, password too short, "
					+ "scope missing for the role)")
	ResponseEntity<UserView> create(@Valid @RequestBody UserForm form, @AuthenticationPrincipal CurrentUser user) {
		long id = this.users.create(form, user);
		return ResponseEntity.created(URI.create("/api/v1/users/" + id)).body(this.users.view(id, false));
	}

	@PutMapping("/users/{id}")
	@PreAuthorize("hasAuthority('USER_ADMIN')")
	@Operation(operationId = "updateUser",
			summary = "Updates an account; the body's version must be the current one (409 otherwise). "
					+ "The password is not changed here.")
	UserView update(@PathVariable @Scoped(ReferenceKind.USER) long id, @Valid @RequestBody UserForm form,
			@AuthenticationPrincipal CurrentUser user) {
		this.users.update(id, form, user);
		return this.users.view(id, false);
	}

	@GetMapping("/roles")
	@PreAuthorize("hasAuthority('USER_ADMIN')")
	@Operation(summary = "The permissions each role grants")
	Map<Role, List<Permission>> roles() {
		Map<Role, List<Permission>> grants = new EnumMap<>(Role.class);
		this.roles.matrix()
			.grants()
			.forEach((role, permissions) -> grants.put(role, permissions.stream().sorted().toList()));
		return grants;
	}

	@GetMapping("/audit")
	@PreAuthorize("hasAuthority('AUDIT_READ')")
	@Operation(summary = "The audit trail, filtered and paged, newest first",
			description = "Filters: entityType, entityId, actor (part of the name), action (CREATE, UPDATE, DELETE), "
					+ "from and to (dates, yyyy-MM-dd, in the province's time zone). sort: occurredAt, actor, entity.")
	PageView<AuditEntry> audit(AuditFilter filter, PageQuery query) {
		return this.audit.search(filter, query);
	}

}
