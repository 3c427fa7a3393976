package org.cleanprod.admin.account;

import org.cleanprod.admin.Accounts;
import org.cleanprod.admin.AdminTest;
import org.cleanprod.admin.TestClock;
import org.cleanprod.admin.roles.RolePermissions;
import org.cleanprod.admin.users.UserAccount;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cleanprod.shared.i18n.Formats;
import jakarta.servlet.http.Cookie;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.Permission;
import org.cleanprod.shared.security.Role;
import org.cleanprod.shared.web.Flash;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.cleanprod.test.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Personal access tokens: created on the account page and shown once, used as
 * {@code Authorization: Bearer}, refused once revoked or expired, or when their user is
 * disabled, loses the permission or gets a new password; stored only as a hash.
 */
@AdminTest
class AccessTokenTests {

	private static final Pattern SECRET = Pattern.compile("id=\"token-secret\" value=\"(cpat_[^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AccessTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	RolePermissions permissions;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aTokenCreatedOnTheAccountPageCallsTheApiAsItsUser() throws Exception {
		UserAccount officer = this.accounts.districtOfficer();
		String secret = createToken(this.accounts.signedIn(officer), "Đồng bộ số liệu", null);
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(officer.getUsername()))
			.andExpect(jsonPath("$.role").value("DISTRICT_OFFICER"))
			.andExpect(jsonPath("$.scope.kind").value("UNITS"))
			.andExpect(jsonPath("$.scope.unitIds[0]").value(this.accounts.firstDistrict()))
			.andExpect(jsonPath("$.permissions").isArray());
	}

	@Test
	void theSecretIsShownOnceAndOnlyItsHashIsStored() throws Exception {
		CurrentUser officer = this.accounts.signedIn(this.accounts.officer());
		String secret = createToken(officer, "Báo cáo", null);
		String stored = this.jdbc.sql("SELECT token_hash FROM api_token WHERE user_id = :user")
			.param("user", officer.id())
			.query(String.class)
			.single();
		assertThat(stored).isEqualTo(AccessTokens.hash(secret)).doesNotContain(secret.substring(5));
		this.mvc.perform(get("/account").with(as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Báo cáo")))
			.andExpect(content().string(not(containsString(secret))));
	}

	@Test
	void aRevokedTokenIsRefusedWithAProblemDetail() throws Exception {
		CurrentUser officer = this.accounts.signedIn(this.accounts.officer());
		String secret = createToken(officer, "Tạm thời", null);
		long id = this.tokens.of(officer.id()).getFirst().id();
		this.mvc.perform(post("/account/tokens/" + id + "/revoke").with(as(officer)).with(csrf()))
			.andExpect(redirectedUrl("/account"));
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"))
			.andExpect(jsonPath("$.status").value(401));
		assertThat(this.tokens.of(officer.id()).getFirst().status()).isEqualTo(TokenView.Status.REVOKED);
	}

	@Test
	void aTokenWorksThroughItsLastDayAndNotAfter() throws Exception {
		CurrentUser officer = this.accounts.signedIn(this.accounts.officer());
		LocalDate today = this.clock.instant().atZone(Formats.ZONE).toLocalDate();
		String secret = createToken(officer, "Một ngày", today);
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
			.andExpect(status().isOk());
		this.clock.advance(Duration.ofDays(1));
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(this.tokens.of(officer.id()).getFirst().status()).isEqualTo(TokenView.Status.EXPIRED);
	}

	@Test
	void aMadeUpTokenIsRefused() throws Exception {
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer cpat_madeUpAndNotStoredAnywhere"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer something-else"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theApiWithoutAnyCredentialAnswers401() throws Exception {
		this.mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aDisabledUsersTokensStopWorking() throws Exception {
		UserAccount officer = this.accounts.officer();
		String secret = createToken(this.accounts.signedIn(officer), "Kịch bản", null);
		officer.setEnabled(false);
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void recordsWhenATokenWasLastUsed() throws Exception {
		CurrentUser officer = this.accounts.signedIn(this.accounts.officer());
		String secret = createToken(officer, "Theo dõi", null);
		assertThat(this.tokens.of(officer.id()).getFirst().lastUsedAt()).isNull();
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret));
		assertThat(this.tokens.of(officer.id()).getFirst().lastUsedAt()).isNotNull();
	}

	@Test
	void nobodyRevokesAnotherUsersToken() throws Exception {
		CurrentUser owner = this.accounts.signedIn(this.accounts.officer());
		CurrentUser other = this.accounts.signedIn(this.accounts.officer());
		String secret = createToken(owner, "Của tôi", null);
		long id = this.tokens.of(owner.id()).getFirst().id();
		this.mvc.perform(post("/account/tokens/" + id + "/revoke").with(as(other)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
			.andExpect(status().isOk());
	}

	@Test
	void creatingAndRevokingATokenIsAuditedWithoutTheSecret() throws Exception {
		CurrentUser officer = this.accounts.signedIn(this.accounts.officer());
		String secret = createToken(officer, "Được ghi nhật ký", null);
		long id = this.tokens.of(officer.id()).getFirst().id();
		this.mvc.perform(post("/account/tokens/" + id + "/revoke").with(as(officer)).with(csrf()));
		assertThat(this.jdbc
			.sql("SELECT action FROM audit_log WHERE entity_type = 'token' AND entity_id = :id ORDER BY id")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("CREATE", "UPDATE");
		assertThat(this.jdbc
			.sql("SELECT COALESCE(before_state, '') || after_state FROM audit_log "
					+ "WHERE entity_type = 'token' AND entity_id = :id")
			.param("id", id)
			.query(String.class)
			.list())
			.allSatisfy(states -> assertThat(states).contains("Được ghi nhật ký")
				.doesNotContain(secret)
				.doesNotContain(AccessTokens.hash(secret)));
	}

	@Test
	void refusesAnExpiryDateInThePast() throws Exception {
		CurrentUser officer = this.accounts.signedIn(this.accounts.officer());
		this.mvc
			.perform(post("/account/tokens").with(as(officer))
				.with(csrf())
				.param("name", "Quá khứ")
				.param("expiresOn", LocalDate.now(Formats.ZONE).minusDays(1).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"e-expiresOn\"")));
		assertThat(this.tokens.of(officer.id())).isEmpty();
	}

	@Test
	void aUserWithoutTheTokenPermissionCannotCreateOne() throws Exception {
		CurrentUser officer = this.accounts.signedIn(this.accounts.officer());
		CurrentUser withoutTokens = new CurrentUser(officer.id(), officer.getUsername(), officer.displayName(),
				officer.role(), Set.of(), officer.scope(), true, null);
		this.mvc.perform(post("/account/tokens").with(as(withoutTokens)).with(csrf()).param("name", "Không được"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aTokenStopsAtOnceWhenItsRoleLosesTheTokenPermission() throws Exception {
		UserAccount officer = this.accounts.officer();
		String secret = createToken(this.accounts.signedIn(officer), "Đồng bộ", null);
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
			.andExpect(status().isOk());
		Set<Permission> without = EnumSet.copyOf(this.permissions.of(Role.DEPARTMENT_OFFICER));
		without.remove(Permission.API_TOKEN);
		this.permissions.replace(Role.DEPARTMENT_OFFICER, without);
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void changingTheOwnPasswordRevokesEveryTokenAndSaysWhy() throws Exception {
		UserAccount account = this.accounts.officer();
		CurrentUser officer = this.accounts.signedIn(account);
		String first = createToken(officer, "Thứ nhất", null);
		String second = createToken(officer, "Thứ hai", null);
		this.mvc
			.perform(post("/account/password").with(as(officer))
				.with(csrf())
				.param("currentPassword", Accounts.PASSWORD)
				.param("newPassword", "một câu mật khẩu mới")
				.param("confirmation", "một câu mật khẩu mới"))
			.andExpect(redirectedUrl("/account"))
			.andExpect(result -> assertThat(((Flash) result.getFlashMap().get("flash")).arguments()).containsExactly(0,
					2));
		for (String secret : new String[] { first, second }) {
			this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
				.andExpect(status().isUnauthorized());
		}
		assertThat(this.tokens.of(officer.id())).extracting(TokenView::revokedReason)
			.containsOnly(TokenView.RevokedReason.PASSWORD_CHANGED);
		this.mvc.perform(get("/account").with(as(officer)))
			.andExpect(content().string(containsString("data-revoked-reason=\"PASSWORD_CHANGED\"")))
			.andExpect(content().string(containsString("Thu hồi khi bạn đổi mật khẩu")));
		assertThat(this.jdbc.sql("""
				SELECT after_state FROM audit_log WHERE entity_type = 'token' AND action = 'UPDATE' AND actor_id = :user
				""").param("user", officer.id()).query(String.class).list()).hasSize(2)
			.allSatisfy(state -> assertThat(state).contains("\"revokedReason\":\"PASSWORD_CHANGED\""));
	}

	@Test
	void anAdministratorsPasswordResetEndsTheUsersSessionsAndTokens() throws Exception {
		CurrentUser admin = this.accounts.signedIn(this.accounts.administrator());
		UserAccount account = this.accounts.officer();
		Cookie session = Accounts.signIn(this.mvc, account);
		String secret = createToken(this.accounts.signedIn(account), "Kịch bản", null);
		this.mvc
			.perform(post("/admin/users/" + account.getId() + "/password").with(as(admin))
				.with(csrf())
				.param("password", "một mật khẩu mới dài"))
			.andExpect(redirectedUrl("/admin/users/" + account.getId()))
			.andExpect(result -> assertThat(((Flash) result.getFlashMap().get("flash")).arguments()).containsExactly(1,
					1));
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
			.andExpect(status().isUnauthorized());
		assertThat(Accounts.isSignedIn(this.mvc, session)).isFalse();
		this.mvc.perform(get("/account").with(as(this.accounts.signedIn(account))))
			.andExpect(content().string(containsString("Thu hồi khi quản trị viên đặt lại mật khẩu của bạn")));
		assertThat(this.jdbc.sql("""
				SELECT actor_id FROM audit_log WHERE entity_type = 'token' AND action = 'UPDATE'
				AND after_state LIKE '%PASSWORD_RESET%' AND before_state LIKE :user
				""").param("user", "%\"userId\":" + account.getId() + ",%").query(Long.class).list())
			.containsExactly(admin.id());
	}

	@Test
	void aTokenWithoutAChosenDateWorksNinetyDays() throws Exception {
		CurrentUser officer = this.accounts.signedIn(this.accounts.officer());
		LocalDate today = this.clock.instant().atZone(Formats.ZONE).toLocalDate();
		String secret = createToken(officer, "Mặc định", null);
		assertThat(this.tokens.of(officer.id()).getFirst().expiresOn()).isEqualTo(today.plusDays(90));
		this.clock.advance(Duration.ofDays(89));
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
			.andExpect(status().isOk());
		this.clock.advance(Duration.ofDays(2));
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void refusesAnExpiryMoreThanAYearAway() throws Exception {
		CurrentUser officer = this.accounts.signedIn(this.accounts.officer());
		LocalDate today = this.clock.instant().atZone(Formats.ZONE).toLocalDate();
		this.mvc
			.perform(post("/account/tokens").with(as(officer))
				.with(csrf())
				.param("name", "Mãi mãi")
				.param("expiresOn", today.plusDays(366).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"e-expiresOn\"")))
			.andExpect(content().string(containsString("tối đa một năm")));
		assertThat(this.tokens.of(officer.id())).isEmpty();
		createToken(officer, "Một năm", today.plusDays(365));
		assertThat(this.tokens.of(officer.id()).getFirst().expiresOn()).isEqualTo(today.plusDays(365));
	}

	@Test
	void everyTokenHasAnExpiry() {
		UserAccount officer = this.accounts.officer();
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.sql("""
				INSERT INTO api_token (user_id, name, token_hash, prefix, created_at, expires_at)
				VALUES (:user, 'Không hạn', 'x', 'cpat_x', CURRENT_TIMESTAMP, NULL)
				""").param("user", officer.getId()).update());
	}

	@Test
	void theAccountPageShowsWhenEachTokenWasLastUsed() throws Exception {
		CurrentUser officer = this.accounts.signedIn(this.accounts.officer());
		String secret = createToken(officer, "Theo dõi", null);
		this.mvc.perform(get("/account").with(as(officer))).andExpect(content().string(containsString("Chưa dùng")));
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret));
		this.mvc.perform(get("/account").with(as(officer)))
			.andExpect(content().string(not(containsString("Chưa dùng"))));
	}

	/** Creates a token on the account page and reads its secret from the answer. */
	private String createToken(CurrentUser user, String name, LocalDate expiresOn) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/account/tokens").with(as(user))
				.with(csrf())
				.param("name", name)
				.param("expiresOn", (expiresOn != null) ? expiresOn.toString() : ""))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")))
			.andReturn();
		Matcher matcher = SECRET.matcher(result.getResponse().getContentAsString());
		assertThat(matcher.find()).as("the secret shown once").isTrue();
		return matcher.group(1);
	}

}
