package org.cleanprod.admin;

import org.cleanprod.admin.signin.AccountDirectory;
import org.cleanprod.admin.signin.CsrfTokens;
import org.cleanprod.admin.users.UserAccount;
import org.cleanprod.admin.users.UserAccountRepository;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import org.cleanprod.facility.web.EnterpriseForm;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.facility.Ownership;
import org.cleanprod.facility.TaxCode;
import org.cleanprod.places.AgencyKind;
import org.cleanprod.places.Places;
import org.cleanprod.places.UnitLevel;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.Permission;
import org.cleanprod.shared.security.Role;
import org.cleanprod.shared.security.Scope;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Real accounts for tests, saved in the test's transaction, each with a fresh user name
 * and the password {@value #PASSWORD}: an administrator, a district officer of the first
 * district, a zone officer of the first management board, and so on.
 */
@TestComponent
public class Accounts {

	public static final String PASSWORD = "correct horse battery";

	private static final AtomicInteger NUMBER = new AtomicInteger();

	private final UserAccountRepository accounts;

	private final AccountDirectory directory;

	private final PasswordEncoder encoder;

	private final Places reference;

	private final FacilityService facilities;

	/**
	 * One hash of {@value #PASSWORD} for every account: hashing takes its time on
	 * purpose.
	 */
	private volatile String passwordHash;

	Accounts(UserAccountRepository accounts, AccountDirectory directory, PasswordEncoder encoder, Places reference,
			FacilityService facilities) {
		this.accounts = accounts;
		this.directory = directory;
		this.encoder = encoder;
		this.reference = reference;
		this.facilities = facilities;
	}

	public UserAccount administrator() {
		return save(Role.ADMIN, Set.of(), null, null);
	}

	public UserAccount officer() {
		return save(Role.DEPARTMENT_OFFICER, Set.of(), null, null);
	}

	public UserAccount districtOfficer() {
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

	UserAccount enterpriseUser() {
		return save(Role.ENTERPRISE_USER, Set.of(), null, textileMill());
	}

	/** A Department officer who registers the enterprises of the fixtures. */
	private static final CurrentUser REGISTRAR = new CurrentUser(0, "registrar", "registrar", Role.DEPARTMENT_OFFICER,
			Set.of(Permission.ENTERPRISE_EDIT), Scope.all(0), true, null);

	/** Registers an enterprise with a valid, unused tax code and returns its id. */
	long textileMill() {
		return this.facilities.registerEnterprise(new EnterpriseForm(freshTaxCode(), "Công ty TNHH Dệt may Thử nghiệm",
				null, null, Ownership.PRIVATE, null, null, null, null), REGISTRAR);
	}

	private static String freshTaxCode() {
		while (true) {
			String nine = String.format("%09d", (System.nanoTime() + NUMBER.incrementAndGet()) % 1_000_000_000L);
			for (int digit = 0; digit <= 9; digit++) {
				if (TaxCode.isValid(nine + digit)) {
					return nine + digit;
				}
			}
		}
	}

	UserAccount byUsername(String username) {
		return this.accounts.findByUsername(username).orElseThrow();
	}

	/** The signed-in user of an account, as the application builds it at sign-in. */
	public CurrentUser signedIn(UserAccount account) {
		return this.directory.toCurrentUser(this.accounts.findById(account.getId()).orElseThrow());
	}

	/**
	 * Signs in through the form, as a browser does, and returns the session cookie.
	 */
	public static Cookie signIn(MockMvc mvc, UserAccount account) throws Exception {
		MvcResult result = mvc.perform(formLogin("/login").user(account.getUsername()).password(PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		return result.getResponse().getCookie("SESSION");
	}

	/**
	 * Spring Security's {@code csrf()} test helper replaces the token store of the filter
	 * chains by a session-based one for the rest of the test context; this puts the
	 * application's back, for tests of what anonymous requests store.
	 */
	static void useTheApplicationsCsrfTokens(MockMvc mvc) throws Exception {
		for (String path : new String[] { "/login", "/api/v1/me" }) {
			mvc.perform(get(path).with(request -> {
				WebTestUtils.setCsrfTokenRepository(request, new CsrfTokens());
				return request;
			}));
		}
	}

	/** Whether the session still belongs to a signed-in user. */
	public static boolean isSignedIn(MockMvc mvc, Cookie session) throws Exception {
		return mvc.perform(get("/account").cookie(session)).andReturn().getResponse().getStatus() == 200;
	}

	public long firstDistrict() {
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

	String passwordHash() {
		if (this.passwordHash == null) {
			this.passwordHash = this.encoder.encode(PASSWORD);
		}
		return this.passwordHash;
	}

	UserAccount save(Role role, Set<Long> units, Long agencyId, Long enterpriseId) {
		UserAccount account = new UserAccount(freshUsername(role.name()), "Người thử " + role.name(), passwordHash(),
				role, Instant.now());
		account.assign(role, units, agencyId, enterpriseId);
		return this.accounts.saveAndFlush(account);
	}

}
