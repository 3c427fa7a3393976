package org.cleanprod.shared.security;

import java.io.Serial;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the rest of the application sees it: identity, role, permissions
 * and data scope. Services take it as a parameter and load records by (id, scope).
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private final String displayName;

	private final Role role;

	private final Set<Permission> permissions;

	private final Scope scope;

	private final boolean enabled;

	private transient String passwordHash;

	public CurrentUser(long id, String username, String displayName, Role role, Set<Permission> permissions,
			Scope scope, boolean enabled, String passwordHash) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.role = role;
		this.permissions = Set.copyOf(permissions);
		this.scope = scope;
		this.enabled = enabled;
		this.passwordHash = passwordHash;
	}

	/** The user of the current request or job, if any. */
	public static CurrentUser current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return user;
		}
		return null;
	}

	public long id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	public Scope scope() {
		return this.scope;
	}

	public Set<Permission> permissions() {
		return this.permissions;
	}

	public boolean can(Permission permission) {
		return this.permissions.contains(permission);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.permissions.stream()
			.map(permission -> new SimpleGrantedAuthority(permission.authority()))
			.collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser user && user.id == this.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return "CurrentUser[" + this.username + ", " + this.role + "]";
	}

}
