package org.cleanprod.admin.account;

import org.cleanprod.admin.signin.LoginThrottle;
import org.cleanprod.admin.users.UserAccount;
import org.cleanprod.admin.users.UserService;
import org.cleanprod.admin.users.UserView;
import java.time.LocalDate;
import java.util.List;

import org.cleanprod.shared.audit.AuditLog;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.text.Texts;
import org.cleanprod.shared.web.InvalidFormException;
import org.cleanprod.shared.web.NotFoundException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every signed-in user does with their own account: see it, change the password,
 * keep personal access tokens. Works only on the caller's own account and tokens; another
 * user's token id is not found.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

	public static final String TOKEN = "token";

	private final UserService users;

	private final AccessTokens tokens;

	private final PasswordEncoder encoder;

	private final PasswordRules passwordRules;

	private final LoginThrottle throttle;

	private final AuditLog audit;

	AccountService(UserService users, AccessTokens tokens, PasswordEncoder encoder, PasswordRules passwordRules,
			LoginThrottle throttle, AuditLog audit) {
		this.users = users;
		this.tokens = tokens;
		this.encoder = encoder;
		this.passwordRules = passwordRules;
		this.throttle = throttle;
		this.audit = audit;
	}

	UserView profile(CurrentUser user, boolean english) {
		return this.users.view(user.id(), english);
	}

	/**
	 * Changes the caller's password after checking the current one; the caller's other
	 * sessions end (a stolen session does not outlive the change), this one stays, and
	 * the caller's access tokens are revoked. The check of the current password is
	 * throttled like sign-in, with the same counts ({@link LoginThrottle}): a stolen
	 * session cannot be used to guess it.
	 */
	@Transactional
	UserService.PasswordChange changePassword(CurrentUser user, PasswordChangeForm form) {
		UserAccount account = this.users.load(user.id());
		if (this.throttle.isLocked(account.getUsername())) {
			throw InvalidFormException.of("currentPassword", "account.error.locked");
		}
		InvalidFormException.Collector errors = new InvalidFormException.Collector();
		if (!this.encoder.matches(form.currentPassword(), account.getPasswordHash())) {
			this.throttle.failedPasswordCheck(account.getUsername());
			errors.reject("currentPassword", "account.error.currentPassword");
		}
		this.passwordRules.check("newPassword", form.newPassword(), account.getUsername(), account.getDisplayName(),
				errors);
		if (!form.newPassword().equals(form.confirmation())) {
			errors.reject("confirmation", "account.error.confirmation");
		}
		if (form.newPassword().equals(form.currentPassword())) {
			errors.reject("newPassword", "account.error.samePassword");
		}
		errors.throwIfAny();
		this.throttle.clear(account.getUsername());
		return this.users.changePassword(account, form.newPassword(), user, TokenView.RevokedReason.PASSWORD_CHANGED);
	}

	List<TokenView> tokens(CurrentUser user) {
		return this.tokens.of(user.id());
	}

	/**
	 * Creates a token for the caller, working through the chosen day
	 * ({@value AccessTokens#DEFAULT_DAYS} days when none is chosen, at most
	 * {@value AccessTokens#MAX_DAYS}); the secret is returned once and never stored.
	 */
	@Transactional
	AccessTokens.NewToken createToken(CurrentUser user, TokenForm form) {
		LocalDate today = this.tokens.today();
		LocalDate latest = today.plusDays(AccessTokens.MAX_DAYS);
		if (form.expiresOn() != null && form.expiresOn().isBefore(today)) {
			throw InvalidFormException.of("expiresOn", "token.error.expiresInPast");
		}
		if (form.expiresOn() != null && form.expiresOn().isAfter(latest)) {
			throw InvalidFormException.of("expiresOn", "token.error.expiresTooLate", latest);
		}
		String name = Texts.blankToNull(form.name());
		AccessTokens.NewToken token = this.tokens.create(user.id(), name, form.expiresOn());
		TokenView view = this.tokens.find(user.id(), token.id()).orElseThrow();
		this.audit.created(user, TOKEN, token.id(), TokenSnapshot.of(user.id(), user.getUsername(), view));
		return token;
	}

	/** Revokes one of the caller's tokens; revoking it again changes nothing. */
	@Transactional
	void revokeToken(CurrentUser user, long tokenId) {
		TokenView before = this.tokens.find(user.id(), tokenId)
			.orElseThrow(() -> new NotFoundException(TOKEN, tokenId));
		if (this.tokens.revoke(user.id(), tokenId)) {
			this.users.auditRevoked(user, user.id(), user.getUsername(), before);
		}
	}

}
