package org.cleanprod.admin;

import org.cleanprod.admin.account.AccessTokens;
import org.cleanprod.admin.signin.CsrfTokens;
import org.cleanprod.admin.users.UserAccount;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sessions and CSRF: anonymous visitors store no session, a signed-in session needs its
 * CSRF token on every change whatever {@code Authorization} header comes along, and
 * sign-in returns to the page asked for, never to another site.
 */
@AdminTest
class SessionTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final String CONVERSION = """
			{"year": 2020, "lines": [{"resource": "ELECTRICITY", "quantity": 1000, "unit": "kWh"}]}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AccessTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anonymousRequestsStoreNoSession() throws Exception {
		Accounts.useTheApplicationsCsrfTokens(this.mvc);
		long start = System.currentTimeMillis();
		String[] pages = { "/", "/login", "/login?lang=en", "/login?error", "/facilities", "/facilities/1",
				"/admin/users", "/account", "/no-such-page", "/error", "/api/v1/me", "/api/v1/facilities",
				"/v3/api-docs", "/actuator/health" };
		for (String page : pages) {
			this.mvc.perform(get(page));
			this.mvc.perform(get(page).header(HttpHeaders.AUTHORIZATION, "Basic " + basic("admin:demo2026")));
		}
		MvcResult login = this.mvc.perform(get("/login")).andReturn();
		for (int attempt = 0; attempt < 3; attempt++) {
			this.mvc
				.perform(post("/login").cookie(login.getResponse().getCookies())
					.param("username", "nobody.here")
					.param("password", "a guess")
					.param("_csrf", csrfToken(login)))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(post("/api/v1/calculators/energy-conversion").contentType(MediaType.APPLICATION_JSON)
			.content(CONVERSION));
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer cpat_madeUp"));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE creation_time >= :start")
			.param("start", start)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theSignInFormWorksWithTheTokenOfItsCookie() throws Exception {
		Accounts.useTheApplicationsCsrfTokens(this.mvc);
		UserAccount officer = this.accounts.officer();
		MvcResult login = this.mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
		assertThat(login.getResponse().getCookie("SESSION")).isNull();
		assertThat(login.getResponse().getCookie(CsrfTokens.COOKIE)).isNotNull();
		this.mvc
			.perform(post("/login").cookie(login.getResponse().getCookies())
				.param("username", officer.getUsername())
				.param("password", Accounts.PASSWORD)
				.param("_csrf", csrfToken(login)))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void aSignedInSessionNeedsItsCsrfTokenWithABasicAuthorizationHeader() throws Exception {
		Cookie session = Accounts.signIn(this.mvc, this.accounts.officer());
		this.mvc
			.perform(conversion().cookie(session)
				.header(HttpHeaders.AUTHORIZATION, "Basic " + basic("someone:something")))
			.andExpect(status().isForbidden());
		this.mvc.perform(conversion().cookie(session).with(csrf())).andExpect(status().isOk());
	}

	@Test
	void aSignedInSessionNeedsItsCsrfTokenWithABareBearerHeader() throws Exception {
		Cookie session = Accounts.signIn(this.mvc, this.accounts.officer());
		for (String bare : new String[] { "Bearer", "bearer", "Bearer " }) {
			this.mvc.perform(conversion().cookie(session).header(HttpHeaders.AUTHORIZATION, bare))
				.andExpect(status().is4xxClientError())
				.andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(401, 403));
		}
		this.mvc.perform(conversion().cookie(session).header(HttpHeaders.AUTHORIZATION, "Bearerish x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aCallAuthenticatedByAValidTokenNeedsNoCsrfToken() throws Exception {
		UserAccount officer = this.accounts.officer();
		String secret = this.tokens.create(officer.getId(), "Kịch bản", null).secret();
		this.mvc.perform(conversion().header(HttpHeaders.AUTHORIZATION, "Bearer " + secret)).andExpect(status().isOk());
	}

	@Test
	void signInReturnsToThePageAskedFor() throws Exception {
		UserAccount officer = this.accounts.officer();
		this.mvc.perform(get("/admin/users?q=nguyen&role=ADMIN"))
			.andExpect(redirectedUrl("/login?continue=/admin/users?q%3Dnguyen%26role%3DADMIN"));
		MvcResult login = this.mvc.perform(get("/login").param("continue", "/facilities?q=thu dau mot")).andReturn();
		assertThat(login.getResponse().getContentAsString())
			.contains("name=\"continue\" value=\"/facilities?q=thu dau mot\"");
		this.mvc
			.perform(post("/login").with(csrf())
				.param("username", officer.getUsername())
				.param("password", "a wrong guess")
				.param("continue", "/facilities?q=thu dau mot"))
			.andExpect(redirectedUrl("/login?error&continue=/facilities?q%3Dthu%20dau%20mot"));
		this.mvc
			.perform(post("/login").with(csrf())
				.param("username", officer.getUsername())
				.param("password", Accounts.PASSWORD)
				.param("continue", "/facilities?q=thu dau mot"))
			.andExpect(redirectedUrl("/facilities?q=thu dau mot"));
	}

	@Test
	void signInNeverContinuesToAnotherSite() throws Exception {
		UserAccount officer = this.accounts.officer();
		for (String elsewhere : new String[] { "https://evil.example/", "//evil.example/", "/\\evil.example",
				"/\t/evil.example", "evil.example", "/login?error" }) {
			this.mvc
				.perform(post("/login").with(csrf())
					.param("username", officer.getUsername())
					.param("password", Accounts.PASSWORD)
					.param("continue", elsewhere))
				.andExpect(redirectedUrl("/"));
		}
	}

	private static MockHttpServletRequestBuilder conversion() {
		return post("/api/v1/calculators/energy-conversion").contentType(MediaType.APPLICATION_JSON)
			.content(CONVERSION);
	}

	private static String basic(String credentials) {
		return Base64.getEncoder().encodeToString(credentials.getBytes());
	}

	private static String csrfToken(MvcResult page) throws Exception {
		Matcher matcher = CSRF.matcher(page.getResponse().getContentAsString());
		assertThat(matcher.find()).as("CSRF field in the page").isTrue();
		return matcher.group(1);
	}

}
