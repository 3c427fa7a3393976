package org.cleanprod.admin;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.cleanprod.reference.AgencyKind;
import org.cleanprod.reference.ReferenceService;
import org.cleanprod.reference.UnitLevel;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.Role;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Real accounts for tests, saved in the test's transaction, each with a fresh user name
 * and the password {@value #PASSWORD}: an administrator, a district officer of the first
 * district, a zone officer of the first management board, and so on.
 */
@TestComponent
class Accounts {

	static final String PASSWORD = "correct horse battery";

	private static final AtomicInteger NUMBER = new AtomicInteger();

	private final UserAccountRepository accounts;

	private final AccountDirectory directory;

	private final PasswordEncoder encoder;

	private final ReferenceService reference;

	Accounts(UserAccountRepository accounts, AccountDirectory directory, PasswordEncoder encoder,
			ReferenceService reference) {
		this.accounts = accounts;
		this.directory = directory;
		this.encoder = encoder;
		this.reference = reference;
	}

	UserAccount administrator() {
		return save(Role.ADMIN, Set.of(), null, null);
	}

	UserAccount officer() {
		return save(Role.DEPARTMENT_OFFICER, Set.of(), null, null);
	}

	UserAccount districtOfficer() {
		return save(Role.DISTRICT_OFFICER, Set.of(firstDistrict()), null, null);
	}

	UserAccount zoneOfficer() {
		return save(Role.ZONE_OFFICER, Set.of(), firstZoneBoard(), null);
	}

	UserAccount agencyUser() {
		return save(Role.AGENCY_USER, Set.of(), firstAgency(AgencyKind.DEPARTMENT), null);
	}

	UserAccount consultant() {
		return save(Role.CONSULTANT, Set.of(), null, null);
	}

	/** The signed-in user of an account, as the application builds it at sign-in. */
	CurrentUser signedIn(UserAccount account) {
		return this.directory.toCurrentUser(this.accounts.findById(account.getId()).orElseThrow());
	}

	long firstDistrict() {
		return this.reference.units()
			.stream()
			.filter(unit -> unit.level() == UnitLevel.DISTRICT)
			.findFirst()
			.orElseThrow()
			.id();
	}

	long firstZoneBoard() {
		return firstAgency(AgencyKind.ZONE_BOARD);
	}

	long firstAgency(AgencyKind kind) {
		return this.reference.agencies()
			.stream()
			.filter(agency -> agency.kind() == kind)
			.findFirst()
			.orElseThrow()
			.id();
	}

	static String freshUsername(String role) {
		return role.toLowerCase().replace('_', '.') + "." + NUMBER.incrementAndGet() + "."
				+ System.nanoTime() % 100_000;
	}

	UserAccount save(Role role, Set<Long> units, Long agencyId, Long enterpriseId) {
		UserAccount account = new UserAccount(freshUsername(role.name()), "Người thử " + role.name(),
				this.encoder.encode(PASSWORD), role, Instant.now());
		account.assign(role, units, agencyId, enterpriseId);
		return this.accounts.saveAndFlush(account);
	}

}
