package org.cleanprod.admin;

import org.cleanprod.facility.FacilityService;
import org.cleanprod.reference.ReferenceService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

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
	ReferenceService reference;

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

	private DemoAccounts demoAccounts(String profile, boolean demo) {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles(profile);
		return new DemoAccounts(this.repository, this.encoder, this.reference, this.facilities, environment, this.clock,
				demo, "");
	}

}
