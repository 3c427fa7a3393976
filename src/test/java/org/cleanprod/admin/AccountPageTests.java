package org.cleanprod.admin;

import org.cleanprod.admin.users.UserAccount;
import org.cleanprod.admin.users.UserAccountRepository;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import org.cleanprod.shared.security.CurrentUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cleanprod.test.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "My account": every user sees their role and scope in words and changes their own
 * password, proving it with the current one (whose check is throttled like sign-in), to
 * one that follows the password rules.
 */
@AdminTest
class AccountPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserAccountRepository repository;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcClient jdbc;

	@Test
	void showsTheScopeOfEachKindInWords() throws Exception {
		UserAccount district = this.accounts.districtOfficer();
		this.mvc.perform(get("/account").with(as(this.accounts.signedIn(district))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đơn vị hành chính:")))
			.andExpect(content().string(containsString("id=\"account-username\">" + district.getUsername())));
		this.mvc.perform(get("/account").with(as(this.accounts.signedIn(this.accounts.zoneOfficer()))))
			.andExpect(content().string(containsString("Ban quản lý khu công nghiệp:")));
		this.mvc.perform(get("/account").with(as(this.accounts.signedIn(this.accounts.agencyUser()))))
			.andExpect(content().string(containsString("Sở, ngành:")));
		this.mvc.perform(get("/account").with(as(this.accounts.signedIn(this.accounts.enterpriseUser()))))
			.andExpect(content().string(containsString("Công ty TNHH Dệt may Thử nghiệm")));
		this.mvc.perform(get("/account").with(as(this.accounts.signedIn(this.accounts.consultant()))))
			.andExpect(content().string(containsString("Cơ sở được phân công:</span> 0 cơ sở")));
		this.mvc.perform(get("/account").with(as(this.accounts.signedIn(this.accounts.officer()))).param("lang", "en"))
			.andExpect(content().string(containsString("Whole province")));
	}

	@Test
	void changesTheOwnPasswordKeepingThisSessionAndEndingTheOthers() throws Exception {
		UserAccount officer = this.accounts.officer();
		Cookie here = Accounts.signIn(this.mvc, officer);
		Cookie elsewhere = Accounts.signIn(this.mvc, officer);
		this.mvc
			.perform(post("/account/password").cookie(here)
				.with(csrf())
				.param("currentPassword", Accounts.PASSWORD)
				.param("newPassword", "một câu mật khẩu mới")
				.param("confirmation", "một câu mật khẩu mới"))
			.andExpect(redirectedUrl("/account"));
		assertThat(this.encoder.matches("một câu mật khẩu mới",
				this.repository.findById(officer.getId()).orElseThrow().getPasswordHash()))
			.isTrue();
		assertThat(Accounts.isSignedIn(this.mvc, here)).isTrue();
		assertThat(Accounts.isSignedIn(this.mvc, elsewhere)).isFalse();
		assertThat(this.jdbc.sql("""
				SELECT after_state FROM audit_log WHERE entity_type = 'user' AND entity_id = :id AND action = 'UPDATE'
				""").param("id", officer.getId()).query(String.class).single()).contains("\"passwordChanged\":true")
			.doesNotContain("một câu mật khẩu mới");
	}

	@Test
	void refusesAWrongCurrentPasswordAMismatchAndAShortOne() throws Exception {
		CurrentUser officer = this.accounts.signedIn(this.accounts.officer());
		this.mvc
			.perform(post("/account/password").with(as(officer))
				.with(csrf())
				.param("currentPassword", "not the password")
				.param("newPassword", "một câu mật khẩu mới")
				.param("confirmation", "một câu mật khẩu khác"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"e-currentPassword\"")))
			.andExpect(content().string(containsString("id=\"e-confirmation\"")));
		this.mvc
			.perform(post("/account/password").with(as(officer))
				.with(csrf())
				.param("currentPassword", Accounts.PASSWORD)
				.param("newPassword", "ngắn")
				.param("confirmation", "ngắn"))
			.andExpect(content().string(containsString("id=\"e-newPassword\"")));
		assertThat(this.encoder.matches(Accounts.PASSWORD,
				this.repository.findById(officer.id()).orElseThrow().getPasswordHash()))
			.isTrue();
	}

	@Test
	void listsOnlyTheUsersOwnTokens() throws Exception {
		CurrentUser owner = this.accounts.signedIn(this.accounts.officer());
		CurrentUser other = this.accounts.signedIn(this.accounts.officer());
		this.mvc.perform(post("/account/tokens").with(as(owner)).with(csrf()).param("name", "Khóa riêng của tôi"));
		this.mvc.perform(get("/account").with(as(other)))
			.andExpect(content().string(containsString("id=\"token-empty\"")));
	}

	@Test
	void throttlesTheCurrentPasswordCheckLikeSignIn() throws Exception {
		UserAccount account = this.accounts.officer();
		CurrentUser officer = this.accounts.signedIn(account);
		for (int guess = 1; guess <= 5; guess++) {
			this.mvc.perform(changePassword(officer, "guess number " + guess, "một câu mật khẩu mới"))
				.andExpect(content().string(containsString("Mật khẩu hiện tại không đúng.")));
		}
		this.mvc.perform(changePassword(officer, Accounts.PASSWORD, "một câu mật khẩu mới"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhập sai mật khẩu quá nhiều lần.")));
		assertThat(this.encoder.matches(Accounts.PASSWORD,
				this.repository.findById(officer.id()).orElseThrow().getPasswordHash()))
			.isTrue();
		this.mvc.perform(formLogin("/login").user(account.getUsername()).password(Accounts.PASSWORD))
			.andExpect(redirectedUrl("/login?locked"));
	}

	@ParameterizedTest(name = "\"{0}\" breaks the rule {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '\'',
			value = { "1234567890|cần ít nhất 12 ký tự", "aaaaaaaaaa|cần ít nhất 12 ký tự",
					"password12|cần ít nhất 12 ký tự", "'          x'|cần ít nhất 12 ký tự",
					"123456789012|là một dãy liên tiếp", "aaaaaaaaaaaa|lặp lại quá nhiều", "password1234|phổ biến nhất",
					"'           x'|lặp lại quá nhiều", "Mật khẩu 2026!|phổ biến nhất" })
	void saysWhichRuleANewPasswordBreaks(String password, String message) throws Exception {
		CurrentUser officer = this.accounts.signedIn(this.accounts.officer());
		this.mvc.perform(changePassword(officer, Accounts.PASSWORD, password))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"e-newPassword\"")))
			.andExpect(content().string(containsString(message)));
	}

	@Test
	void saysWhichRuleANewPasswordBreaksInEnglishToo() throws Exception {
		UserAccount account = this.accounts.officer();
		CurrentUser officer = this.accounts.signedIn(account);
		this.mvc
			.perform(changePassword(officer, Accounts.PASSWORD, account.getUsername() + " is me").param("lang", "en"))
			.andExpect(content().string(containsString("must not contain the user name")));
	}

	@Test
	void aPassphraseLongerThanBcryptsLimitWorksWhole() throws Exception {
		UserAccount account = this.accounts.officer();
		String passphrase = "Đường vô xứ Nghệ quanh quanh, non xanh nước biếc như tranh họa đồ; ai vô xứ Nghệ thì vô";
		assertThat(passphrase.getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThan(72);
		this.mvc.perform(changePassword(this.accounts.signedIn(account), Accounts.PASSWORD, passphrase))
			.andExpect(redirectedUrl("/account"));
		this.mvc.perform(formLogin("/login").user(account.getUsername()).password(passphrase))
			.andExpect(authenticated());
		this.mvc
			.perform(formLogin("/login").user(account.getUsername())
				.password(passphrase.substring(0, passphrase.length() - 1) + "ồ"))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void anOlderBcryptHashSignsInAndIsReplacedByAPbkdf2One() throws Exception {
		UserAccount account = this.accounts.officer();
		account.setPasswordHash("{bcrypt}" + new BCryptPasswordEncoder().encode("ngắn hơn"));
		this.repository.saveAndFlush(account);
		this.mvc.perform(formLogin("/login").user(account.getUsername()).password("x".repeat(200)))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin("/login").user(account.getUsername()).password("ngắn hơn"))
			.andExpect(authenticated());
		String hash = this.repository.findById(account.getId()).orElseThrow().getPasswordHash();
		assertThat(hash).startsWith("{pbkdf2-sha256}");
		assertThat(this.encoder.matches("ngắn hơn", hash)).isTrue();
	}

	private static MockHttpServletRequestBuilder changePassword(CurrentUser user, String current, String password) {
		return post("/account/password").with(as(user))
			.with(csrf())
			.param("currentPassword", current)
			.param("newPassword", password)
			.param("confirmation", password);
	}

}
