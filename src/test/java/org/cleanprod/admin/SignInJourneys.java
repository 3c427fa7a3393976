package org.cleanprod.admin;

import java.util.Set;
import java.util.UUID;

import org.cleanprod.shared.security.Role;
import org.cleanprod.test.Accounts;
import org.cleanprod.test.Browser;
import org.cleanprod.test.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in in a real browser: the sign-in form's CSRF token lives in a cookie until there
 * is a session, the page asked for is where sign-in lands, and a new password must follow
 * the rules, whose messages the page shows.
 */
@BrowserTest
class SignInJourneys {

	private static final String PASSWORD = "mat-khau-thu-nghiem";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Test
	void signsInOnThePageAskedForAndChangesThePasswordByTheRules() {
		String username = "sign.in." + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(username, PASSWORD, Role.DEPARTMENT_OFFICER, Set.of(), null, null);
		try (Browser browser = new Browser(this.port)) {
			browser.open("/account");
			assertThat(browser.path()).isEqualTo("/login?continue=/account");
			browser.fill("username", username).fill("password", PASSWORD).go("login-submit");
			browser.waitForText("account-username", username);
			assertThat(browser.path()).isEqualTo("/account");

			browser.fill("f-currentPassword", PASSWORD)
				.fill("f-newPassword", "123456789012")
				.fill("f-confirmation", "123456789012")
				.go("account-change-password");
			assertThat(browser.text("e-newPassword")).contains("dãy liên tiếp");

			String passphrase = "Sông Sài Gòn mùa nước nổi";
			browser.fill("f-currentPassword", PASSWORD)
				.fill("f-newPassword", passphrase)
				.fill("f-confirmation", passphrase)
				.go("account-change-password");
			assertThat(browser.text("cp-flash")).startsWith("Đã đổi mật khẩu");

			// The sign-out button sits in the user menu; its form is what counts here.
			browser.script("document.getElementById('cp-logout').form.submit();");
			browser.waitForText("login-logout", "");
			browser.signIn(username, passphrase);
			assertThat(browser.path()).isEqualTo("/");
		}
	}

}
