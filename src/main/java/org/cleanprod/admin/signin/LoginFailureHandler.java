package org.cleanprod.admin.signin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed sign-in back to the form, saying whether the address is locked for a
 * while or the account disabled (the latter only after a right password, see
 * {@link ThrottledSignIn}), and keeping the page to return to after sign-in.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String reason = switch (exception) {
			case LockedException locked -> "locked";
			case DisabledException disabled -> "disabled";
			default -> "error";
		};
		String target = request.getParameter(SignInRedirects.PARAMETER);
		String back = SignInRedirects.isLocalPath(target) ? "&" + SignInRedirects.continueParameter(target) : "";
		response.sendRedirect(request.getContextPath() + SignInRedirects.LOGIN + "?" + reason + back);
	}

}
