package org.cleanprod.admin;

import org.cleanprod.admin.users.UserAccount;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Form sign-in and sign-out: passwords, the throttle after repeated failures, the session
 * id renewed at sign-in, CSRF tokens required on every form.
 */
@AdminTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void signsInWithTheRightPassword() throws Exception {
		UserAccount officer = this.accounts.officer();
		this.mvc.perform(formLogin("/login").user(officer.getUsername()).password(Accounts.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername(officer.getUsername()));
	}

	@Test
	void userNamesAreNotCaseSensitive() throws Exception {
		UserAccount officer = this.accounts.officer();
		this.mvc.perform(formLogin("/login").user(officer.getUsername().toUpperCase()).password(Accounts.PASSWORD))
			.andExpect(authenticated().withUsername(officer.getUsername()));
	}

	@Test
	void refusesAWrongPassword() throws Exception {
		UserAccount officer = this.accounts.officer();
		this.mvc.perform(formLogin("/login").user(officer.getUsername()).password("wrong password"))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
	}

	@Test
	void refusesAnUnknownUserLikeAWrongPassword() throws Exception {
		this.mvc.perform(formLogin("/login").user("nobody.here").password(Accounts.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void refusesADisabledAccount() throws Exception {
		UserAccount officer = this.accounts.officer();
		officer.setEnabled(false);
		this.mvc.perform(formLogin("/login").user(officer.getUsername()).password(Accounts.PASSWORD))
			.andExpect(redirectedUrl("/login?disabled"))
			.andExpect(unauthenticated());
	}

	@Test
	void saysAnAccountIsDisabledOnlyToWhoeverKnowsItsPassword() throws Exception {
		UserAccount officer = this.accounts.officer();
		officer.setEnabled(false);
		this.mvc.perform(formLogin("/login").user(officer.getUsername()).password("a guess"))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void locksTheUserAndAddressForFifteenMinutesAfterFiveWrongPasswords() throws Exception {
		UserAccount officer = this.accounts.officer();
		for (int attempt = 1; attempt <= 5; attempt++) {
			this.mvc.perform(formLogin("/login").user(officer.getUsername()).password("guess " + attempt))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(formLogin("/login").user(officer.getUsername()).password(Accounts.PASSWORD))
			.andExpect(redirectedUrl("/login?locked"))
			.andExpect(unauthenticated());
		this.clock.advance(Duration.ofMinutes(14));
		this.mvc.perform(formLogin("/login").user(officer.getUsername()).password(Accounts.PASSWORD))
			.andExpect(redirectedUrl("/login?locked"));
		this.clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		this.mvc.perform(formLogin("/login").user(officer.getUsername()).password(Accounts.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername(officer.getUsername()));
	}

	@Test
	void aForwardedForHeaderFromNoTrustedProxyDoesNotEscapeTheLock() throws Exception {
		UserAccount officer = this.accounts.officer();
		for (int attempt = 1; attempt <= 30; attempt++) {
			String forged = "198.51.100." + attempt;
			this.mvc
				.perform(post("/login").with(csrf())
					.param("username", officer.getUsername())
					.param("password", "guess " + attempt)
					.header("X-Forwarded-For", forged))
				.andExpect(redirectedUrl((attempt <= 5) ? "/login?error" : "/login?locked"));
		}
		this.mvc
			.perform(post("/login").with(csrf())
				.param("username", officer.getUsername())
				.param("password", Accounts.PASSWORD)
				.header("X-Forwarded-For", "198.51.100.250"))
			.andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void theLockHoldsOnlyForThatAddress() throws Exception {
		UserAccount officer = this.accounts.officer();
		for (int attempt = 1; attempt <= 5; attempt++) {
			this.mvc.perform(formLogin("/login").user(officer.getUsername()).password("guess " + attempt));
		}
		this.mvc.perform(post("/login").with(csrf())
			.param("username", officer.getUsername())
			.param("password", Accounts.PASSWORD)
			.with(request -> {
				request.setRemoteAddr("192.0.2.10");
				return request;
			})).andExpect(redirectedUrl("/"));
	}

	@Test
	void aSuccessfulSignInClearsEarlierFailures() throws Exception {
		UserAccount officer = this.accounts.officer();
		for (int attempt = 1; attempt <= 4; attempt++) {
			this.mvc.perform(formLogin("/login").user(officer.getUsername()).password("guess " + attempt));
		}
		this.mvc.perform(formLogin("/login").user(officer.getUsername()).password(Accounts.PASSWORD))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(formLogin("/login").user(officer.getUsername()).password("guess 5"))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin("/login").user(officer.getUsername()).password(Accounts.PASSWORD))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void recordsTheTimeOfTheLastSignIn() throws Exception {
		UserAccount officer = this.accounts.officer();
		assertThat(officer.getLastLoginAt()).isNull();
		this.mvc.perform(formLogin("/login").user(officer.getUsername()).password(Accounts.PASSWORD));
		assertThat(officer.getLastLoginAt()).isNotNull();
	}

	@Test
	void givesANewSessionIdAtSignIn() throws Exception {
		UserAccount officer = this.accounts.officer();
		Cookie before = signIn(officer);
		MvcResult account = this.mvc.perform(get("/account").cookie(before)).andExpect(status().isOk()).andReturn();
		MvcResult signIn = this.mvc
			.perform(post("/login").cookie(before)
				.param("username", officer.getUsername())
				.param("password", Accounts.PASSWORD)
				.param("_csrf", metaCsrfToken(account)))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		Cookie after = signIn.getResponse().getCookie("SESSION");
		assertThat(after).isNotNull();
		assertThat(after.getValue()).isNotEqualTo(before.getValue());
		this.mvc.perform(get("/account").cookie(after)).andExpect(status().isOk());
		this.mvc.perform(get("/account").cookie(before)).andExpect(redirectedUrl("/login?continue=/account"));
	}

	@Test
	void signsOutAndForgetsTheSession() throws Exception {
		UserAccount officer = this.accounts.officer();
		Cookie session = signIn(officer);
		this.mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		this.mvc.perform(get("/account").cookie(session)).andExpect(redirectedUrl("/login?continue=/account"));
	}

	@Test
	void refusesAFormPostedWithoutItsCsrfToken() throws Exception {
		UserAccount officer = this.accounts.officer();
		Cookie session = signIn(officer);
		this.mvc.perform(post("/logout").cookie(session)).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/account/password").cookie(session)
				.param("currentPassword", Accounts.PASSWORD)
				.param("newPassword", "another long password")
				.param("confirmation", "another long password"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/login").param("username", officer.getUsername()).param("password", Accounts.PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void acceptsTheCsrfTokenInTheHeaderThatHtmxSends() throws Exception {
		Cookie session = signIn(this.accounts.officer());
		MvcResult account = this.mvc.perform(get("/account").cookie(session)).andReturn();
		String token = metaCsrfToken(account);
		this.mvc.perform(post("/logout").cookie(session).header("X-CSRF-TOKEN", token).header("HX-Request", "true"))
			.andExpect(redirectedUrl("/login?logout"));
	}

	@Test
	void pagesNeedASignedInUser() throws Exception {
		this.mvc.perform(get("/admin/users")).andExpect(redirectedUrl("/login?continue=/admin/users"));
		this.mvc.perform(get("/account")).andExpect(redirectedUrl("/login?continue=/account"));
		this.mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/account").header("HX-Request", "true")).andExpect(redirectedUrl("/login"));
	}

	/** Signs in through the form, as a browser does, and returns the session cookie. */
	private Cookie signIn(UserAccount account) throws Exception {
		MvcResult result = this.mvc.perform(formLogin("/login").user(account.getUsername()).password(Accounts.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		return result.getResponse().getCookie("SESSION");
	}

	private static String metaCsrfToken(MvcResult page) throws Exception {
		Matcher matcher = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"")
			.matcher(page.getResponse().getContentAsString());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

}
