package org.cleanprod.admin.signin;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-in with a user name and password. While the {@link LoginThrottle} holds a user
 * name and address, any attempt is refused before the account is even looked up, so a
 * lock says nothing about whether the name exists. Then the password is checked before
 * the account's status: a disabled account is reported only to someone who knows its
 * password. A hash of an older kind (BCrypt) is replaced by a current one after a right
 * password, so hashes move to the current kind as users sign in.
 */
class ThrottledSignIn implements AuthenticationProvider {

	private final LoginThrottle throttle;

	private final DaoAuthenticationProvider passwords;

	ThrottledSignIn(AccountDirectory accounts, LoginThrottle throttle, PasswordEncoder encoder) {
		this.throttle = throttle;
		this.passwords = new DaoAuthenticationProvider(accounts::loadUserByUsername);
		this.passwords.setPasswordEncoder(encoder);
		this.passwords.setUserDetailsPasswordService(accounts::rehash);
		this.passwords.setPreAuthenticationChecks(user -> {
		});
		this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		if (this.throttle.isLocked(authentication.getName())) {
			throw new LockedException("login.locked");
		}
		return this.passwords.authenticate(authentication);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.passwords.supports(authentication);
	}

}
