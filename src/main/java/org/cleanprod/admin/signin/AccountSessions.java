package org.cleanprod.admin.signin;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.cleanprod.shared.security.CurrentUser;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The browser sessions of accounts. A session keeps the user's role, permissions and
 * scope as they were at sign-in, so when an administrator changes them (or disables the
 * account, or resets its password) the account's sessions are ended and the user signs in
 * again under the new rules. Sessions live in the database (Spring Session JDBC), so this
 * reaches every application node.
 */
@Component
public class AccountSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final AccountDirectory directory;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions, AccountDirectory directory) {
		this.sessions = sessions;
		this.directory = directory;
	}

	/**
	 * Ends every session of the user except the one of the current request, so that a
	 * user changing their own password stays signed in. Called inside the changing
	 * transaction: should it roll back afterwards, the user merely signs in again.
	 * Returns how many sessions were ended.
	 */
	public int end(String username) {
		String current = currentSessionId();
		Map<String, ? extends Session> found = this.sessions.findByPrincipalName(username);
		int ended = 0;
		for (String id : found.keySet()) {
			if (!id.equals(current)) {
				this.sessions.deleteById(id);
				ended++;
			}
		}
		return ended;
	}

	/**
	 * Reloads the signed-in user of this request from the database (their own role or
	 * name changed) and keeps the session with the new state.
	 */
	public void refresh(HttpServletRequest request, HttpServletResponse response) {
		CurrentUser user = CurrentUser.current();
		if (user == null || request.getSession(false) == null) {
			return;
		}
		this.directory.reload(user.id()).ifPresent(fresh -> {
			fresh.eraseCredentials();
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
			SecurityContextHolder.setContext(context);
			this.contexts.saveContext(context, request, response);
		});
	}

	private static String currentSessionId() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpSession session = attributes.getRequest().getSession(false);
			return (session != null) ? session.getId() : null;
		}
		return null;
	}

}
