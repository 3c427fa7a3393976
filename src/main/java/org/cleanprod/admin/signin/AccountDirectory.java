package org.cleanprod.admin.signin;

import org.cleanprod.admin.roles.RolePermissions;
import org.cleanprod.admin.users.UserAccount;
import org.cleanprod.admin.users.UserAccountRepository;
import java.time.Clock;
import java.util.Optional;

import org.cleanprod.shared.security.CurrentUser;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for sign-in and for API tokens, as {@link CurrentUser}s. */
@Component
public class AccountDirectory {

	private final UserAccountRepository accounts;

	private final RolePermissions permissions;

	private final Clock clock;

	AccountDirectory(UserAccountRepository accounts, RolePermissions permissions, Clock clock) {
		this.accounts = accounts;
		this.permissions = permissions;
		this.clock = clock;
	}

	/** The account of a user name, for sign-in. */
	@Transactional(readOnly = true)
	CurrentUser loadUserByUsername(String username) {
		return this.accounts.findByUsername(UserAccount.normalise(username))
			.map(this::toCurrentUser)
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}

	/** The account as it is now, if it still exists and is enabled. */
	@Transactional(readOnly = true)
	Optional<CurrentUser> reload(long id) {
		return this.accounts.findById(id).filter(UserAccount::isEnabled).map(this::toCurrentUser);
	}

	/**
	 * Stores a new hash of the same password, of the current kind (after a right password
	 * with an older hash); not a password change, so nothing is audited or ended.
	 */
	@Transactional
	UserDetails rehash(UserDetails user, String newHash) {
		if (user instanceof CurrentUser current) {
			return this.accounts.findById(current.id()).map(account -> {
				account.setPasswordHash(newHash);
				return (UserDetails) toCurrentUser(account);
			}).orElse(user);
		}
		return user;
	}

	@EventListener
	@Transactional
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
			this.accounts.findById(user.id()).ifPresent(account -> account.signedIn(this.clock.instant()));
		}
	}

	public CurrentUser toCurrentUser(UserAccount account) {
		return new CurrentUser(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
				this.permissions.of(account.getRole()), account.scope(), account.isEnabled(),
				account.getPasswordHash());
	}

}
