package org.cleanprod.admin;

import org.cleanprod.places.Places;
import org.cleanprod.admin.account.PasswordRules;
import org.cleanprod.admin.users.DemoAccounts;
import org.cleanprod.admin.users.UserAccount;
import org.cleanprod.admin.users.UserAccountRepository;
import org.cleanprod.facility.FacilityService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

/**
 * Production refuses to start while the demo accounts, whose password is published, are
 * in its database, unless demo data was asked for.
 */
@AdminTest
class DemoAccountsTests {

	@Autowired
	UserAccountRepository repository;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	PasswordRules passwordRules;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Places reference;

	@Autowired
	FacilityService facilities;

	@Autowired
	Accounts accounts;

	@Autowired
	TestClock clock;

	@Test
	void productionRefusesToStartWithDemoAccounts() {
		this.accounts.officer().markDemo();
		this.repository.flush();
		assertThatIllegalStateException().isThrownBy(() -> demoAccounts("postgres", false).run(null))
			.withMessageContaining("demo accounts");
	}

	@Test
	void productionStartsWithDemoAccountsWhenDemoDataWasAskedFor() {
		this.accounts.officer().markDemo();
		this.repository.flush();
		assertThatCode(() -> demoAccounts("postgres", true).run(null)).doesNotThrowAnyException();
	}

	@Test
	void theTrialStartsWithDemoAccounts() {
		this.accounts.officer().markDemo();
		this.repository.flush();
		assertThatCode(() -> demoAccounts("default", false).run(null)).doesNotThrowAnyException();
	}

	@Test
	void productionStartsWithoutDemoAccounts() {
		this.accounts.officer();
		assertThatCode(() -> demoAccounts("postgres", false).run(null)).doesNotThrowAnyException();
	}

	@Test
	void theRuleInShort() {
		assertThat(DemoAccounts.refusesToStart(true, false, true)).isTrue();
		assertThat(DemoAccounts.refusesToStart(true, true, true)).isFalse();
		assertThat(DemoAccounts.refusesToStart(true, false, false)).isFalse();
		assertThat(DemoAccounts.refusesToStart(false, false, true)).isFalse();
	}

	@Test
	void theDemoAccountsKeepTheirPublishedPasswordShorterThanTheRules() throws Exception {
		this.jdbc.sql("DELETE FROM user_account").update();
		demoAccounts("default", true).run(null);
		UserAccount admin = this.repository.findByUsername("admin").orElseThrow();
		assertThat(admin.isDemo()).isTrue();
		assertThat(DemoAccounts.DEMO_PASSWORD).hasSizeLessThan(PasswordRules.MIN_LENGTH);
		this.mvc.perform(formLogin("/login").user("admin").password(DemoAccounts.DEMO_PASSWORD))
			.andExpect(authenticated().withUsername("admin"));
	}

	@Test
	void theFirstAdministratorsPasswordMustFollowTheRules() {
		this.jdbc.sql("DELETE FROM user_account").update();
		assertThatIllegalStateException().isThrownBy(() -> demoAccounts("postgres", false, "admin2026").run(null))
			.withMessageContaining("CLEANPROD_ADMIN_PASSWORD")
			.withMessageContaining("at least 12 characters");
		assertThatIllegalStateException()
			.isThrownBy(() -> demoAccounts("postgres", false, "matkhau123456789").run(null))
			.withMessageContaining("most common");
		assertThat(this.repository.count()).isZero();
		demoAccounts("postgres", false, "một mật khẩu đầu tiên dài").run(null);
		assertThat(this.encoder.matches("một mật khẩu đầu tiên dài",
				this.repository.findByUsername("admin").orElseThrow().getPasswordHash()))
			.isTrue();
	}

	private DemoAccounts demoAccounts(String profile, boolean demo) {
		return demoAccounts(profile, demo, "");
	}

	private DemoAccounts demoAccounts(String profile, boolean demo, String adminPassword) {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles(profile);
		return new DemoAccounts(this.repository, this.encoder, this.passwordRules, this.messages, this.reference,
				this.facilities, environment, this.clock, demo, adminPassword);
	}

}
