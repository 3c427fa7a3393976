package org.cleanprod.admin;

import org.cleanprod.admin.account.AccessTokens;
import org.cleanprod.admin.account.TokenView;
import org.cleanprod.admin.users.UserAccount;
import org.cleanprod.admin.users.UserService;
import java.time.Duration;
import java.time.LocalDate;

import jakarta.persistence.EntityManager;
import jakarta.servlet.http.Cookie;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.test.PostgresTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.cleanprod.test.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The module's own SQL on PostgreSQL: the user search and its sorts, token expiry and
 * revocation, session ending through Spring Session JDBC and no sessions for anonymous
 * requests, the audit trail's date filter.
 */
@PostgresTest
@Import({ TestClock.Configuration.class, Accounts.class })
class AdminOnPostgresTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AccessTokens tokens;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void searchesAndSortsUsers() throws Exception {
		CurrentUser admin = this.accounts.signedIn(this.accounts.administrator());
		this.mvc
			.perform(post("/admin/users/new").with(as(admin))
				.with(csrf())
				.param("username", "pg.nguyen")
				.param("displayName", "Nguyễn Thị Hương")
				.param("role", "DEPARTMENT_OFFICER")
				.param("password", "mật khẩu đủ dài"))
			.andExpect(status().is3xxRedirection());
		for (String sort : UserService.SORTING.keys()) {
			this.mvc.perform(get("/admin/users").with(as(admin)).param("q", "nguyen thi huong").param("sort", sort))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("data-username=\"pg.nguyen\"")));
		}
	}

	@Test
	void anExpiredTokenIsRefused() throws Exception {
		CurrentUser officer = this.accounts.signedIn(this.accounts.officer());
		LocalDate today = this.clock.instant().atZone(Formats.ZONE).toLocalDate();
		String secret = this.tokens.create(officer.id(), "PostgreSQL", today).secret();
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
			.andExpect(jsonPath("$.username").value(officer.getUsername()));
		this.clock.advance(Duration.ofDays(1));
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void disablingAnAccountEndsItsSessions() throws Exception {
		CurrentUser admin = this.accounts.signedIn(this.accounts.administrator());
		UserAccount officer = this.accounts.officer();
		Cookie session = Accounts.signIn(this.mvc, officer);
		this.entityManager.flush(); // the sign-in recorded its time on the account
		this.mvc
			.perform(post("/admin/users/" + officer.getId() + "/edit").with(as(admin))
				.with(csrf())
				.param("username", officer.getUsername())
				.param("displayName", officer.getDisplayName())
				.param("role", "DEPARTMENT_OFFICER")
				.param("_enabled", "on")
				.param("version", String.valueOf(officer.getVersion())))
			.andExpect(status().is3xxRedirection());
		assertThat(Accounts.isSignedIn(this.mvc, session)).isFalse();
	}

	@Test
	void filtersTheAuditTrailByDate() throws Exception {
		CurrentUser admin = this.accounts.signedIn(this.accounts.administrator());
		UserAccount officer = this.accounts.officer();
		this.mvc
			.perform(post("/admin/users/" + officer.getId() + "/password").with(as(admin))
				.with(csrf())
				.param("password", "một mật khẩu mới dài"))
			.andExpect(status().is3xxRedirection());
		LocalDate today = this.clock.instant().atZone(Formats.ZONE).toLocalDate();
		this.mvc
			.perform(get("/admin/audit").with(as(admin)).param("entityType", "user").param("from", today.toString()))
			.andExpect(content().string(containsString("data-audit-id")));
		this.mvc
			.perform(get("/admin/audit").with(as(admin))
				.param("entityType", "user")
				.param("from", today.plusDays(1).toString()))
			.andExpect(content().string(not(containsString("data-audit-id"))));
	}

	@Test
	void aPasswordResetRevokesTheTokensAndEveryTokenHasAnExpiry() throws Exception {
		CurrentUser admin = this.accounts.signedIn(this.accounts.administrator());
		UserAccount officer = this.accounts.officer();
		String secret = this.tokens.create(officer.getId(), "PostgreSQL", null).secret();
		this.mvc
			.perform(post("/admin/users/" + officer.getId() + "/password").with(as(admin))
				.with(csrf())
				.param("password", "một mật khẩu mới dài"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
			.andExpect(status().isUnauthorized());
		assertThat(this.tokens.of(officer.getId())).singleElement()
			.satisfies(token -> assertThat(token.revokedReason()).isEqualTo(TokenView.RevokedReason.PASSWORD_RESET))
			.satisfies(token -> assertThat(token.expiresOn()).isNotNull());
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.sql("""
				INSERT INTO api_token (user_id, name, token_hash, prefix, created_at, expires_at)
				VALUES (:user, 'Không hạn', 'x', 'cpat_x', CURRENT_TIMESTAMP, NULL)
				""").param("user", officer.getId()).update());
	}

	@Test
	void anonymousRequestsStoreNoSession() throws Exception {
		Accounts.useTheApplicationsCsrfTokens(this.mvc);
		long start = System.currentTimeMillis();
		for (String page : new String[] { "/", "/login", "/facilities", "/api/v1/me", "/no-such-page" }) {
			this.mvc.perform(get(page));
		}
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE creation_time >= :start")
			.param("start", start)
			.query(Long.class)
			.single()).isZero();
	}

}
