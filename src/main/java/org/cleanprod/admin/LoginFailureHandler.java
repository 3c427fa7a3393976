package org.cleanprod.admin;

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
 * while. A lock raised while loading the account arrives wrapped, hence the look at the
 * cause.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		Throwable cause = (exception.getCause() != null) ? exception.getCause() : exception;
		String reason = switch (cause) {
			case LockedException locked -> "locked";
			case DisabledException disabled -> "disabled";
			default -> "error";
		};
		response.sendRedirect(request.getContextPath() + "/login?" + reason);
	}

}
