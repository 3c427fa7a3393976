package org.cleanprod.admin.users;

import org.cleanprod.admin.account.PasswordRules;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cleanprod.facility.FacilityFilter;
import org.cleanprod.facility.FacilityRow;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.places.AgencyView;
import org.cleanprod.places.Places;
import org.cleanprod.places.UnitLevel;
import org.cleanprod.places.UnitView;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.Role;
import org.cleanprod.shared.security.Scope;
import org.cleanprod.shared.web.InvalidFormException;
import org.cleanprod.shared.listing.PageQuery;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts a new installation starts with. In trial mode: one demo account per role,
 * all with the password {@value #DEMO_PASSWORD}. In production (profile {@code postgres})
 * the application refuses to start while demo accounts exist, unless demo data was asked
 * for; the first administrator comes from {@code CLEANPROD_ADMIN_PASSWORD}, which must
 * follow the {@link PasswordRules}. The demo password is shorter than those rules ask: it
 * is seeded as data, and existing passwords are never checked again at sign-in.
 */
@Component
@Order(20)
public class DemoAccounts implements ApplicationRunner {

	public static final String DEMO_PASSWORD = "demo2026";

	private static final String ADMIN_NAME = "Quản trị hệ thống";

	private final UserAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final PasswordRules passwordRules;

	private final MessageSource messages;

	private final Places reference;

	private final FacilityService facilities;

	private final Environment environment;

	private final Clock clock;

	private final boolean demo;

	private final String adminPassword;

	public DemoAccounts(UserAccountRepository accounts, PasswordEncoder encoder, PasswordRules passwordRules,
			MessageSource messages, Places reference, FacilityService facilities, Environment environment, Clock clock,
			@Value("${cleanprod.demo.enabled:false}") boolean demo,
			@Value("${CLEANPROD_ADMIN_PASSWORD:}") String adminPassword) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.passwordRules = passwordRules;
		this.messages = messages;
		this.reference = reference;
		this.facilities = facilities;
		this.environment = environment;
		this.clock = clock;
		this.demo = demo;
		this.adminPassword = adminPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (refusesToStart(this.environment.acceptsProfiles(Profiles.of("postgres")), this.demo,
				this.accounts.existsByDemoTrue())) {
			throw new IllegalStateException(
					"This database holds the demo accounts (admin, officer, ... with a published "
							+ "password). Cleanprod does not start in production with them: delete them, or start with "
							+ "CLEANPROD_DEMO=true if this is a trial installation.");
		}
		if (this.accounts.count() > 0) {
			return;
		}
		if (this.demo) {
			createDemoAccounts();
		}
		else if (!this.adminPassword.isBlank()) {
			checkAdminPassword();
			save(new UserAccount("admin", ADMIN_NAME, this.encoder.encode(this.adminPassword), Role.ADMIN,
					this.clock.instant()));
		}
	}

	/**
	 * The first administrator's password is a new password like any other; the demo
	 * accounts' published one is seeded as data and never checked.
	 */
	private void checkAdminPassword() {
		InvalidFormException.Collector errors = new InvalidFormException.Collector();
		this.passwordRules.check("password", this.adminPassword, "admin", ADMIN_NAME, errors);
		try {
			errors.throwIfAny();
		}
		catch (InvalidFormException ex) {
			InvalidFormException.FieldProblem problem = ex.problems().get("password");
			throw new IllegalStateException("CLEANPROD_ADMIN_PASSWORD does not follow the password rules: "
					+ this.messages.getMessage(problem.messageKey(), problem.arguments(), Locale.ENGLISH));
		}
	}

	/**
	 * Whether the application must not start: in production, demo accounts (whose
	 * password is published) are present and demo data was not asked for.
	 */
	public static boolean refusesToStart(boolean production, boolean demoEnabled, boolean demoAccountsPresent) {
		return production && !demoEnabled && demoAccountsPresent;
	}

	private void createDemoAccounts() {
		demoAccount("admin", "Quản trị viên (demo)", Role.ADMIN, Set.of(), null, null);
		demoAccount("officer", "Cán bộ Sở Công Thương (demo)", Role.DEPARTMENT_OFFICER, Set.of(), null, null);
		UnitView thuDauMot = this.reference.units()
			.stream()
			.filter(unit -> unit.level() == UnitLevel.DISTRICT && "718".equals(unit.code()))
			.findFirst()
			.orElseThrow();
		demoAccount("district", "Cán bộ TP Thủ Dầu Một (demo)", Role.DISTRICT_OFFICER, Set.of(thuDauMot.id()), null,
				null);
		AgencyView zoneBoard = this.reference.agencyByCode("BQLKCN").orElseThrow();
		demoAccount("zone", "Cán bộ Ban Quản lý các KCN (demo)", Role.ZONE_OFFICER, Set.of(), zoneBoard.id(), null);
		AgencyView environmentDepartment = this.reference.agencyByCode("STNMT").orElseThrow();
		demoAccount("agency", "Cán bộ Sở Tài nguyên và Môi trường (demo)", Role.AGENCY_USER, Set.of(),
				environmentDepartment.id(), null);
		CurrentUser system = new CurrentUser(0, "system", "system", Role.ADMIN, Set.of(), Scope.all(0), true, null);
		List<FacilityRow> first = this.facilities
			.search(FacilityFilter.none(), new PageQuery(1, 5, "code", false), system, false)
			.items();
		Long enterpriseId = first.isEmpty() ? null : first.getFirst().enterpriseId();
		demoAccount("enterprise", "Người dùng doanh nghiệp (demo)", Role.ENTERPRISE_USER, Set.of(), null, enterpriseId);
		UserAccount consultant = demoAccount("consultant", "Chuyên gia tư vấn SXSH (demo)", Role.CONSULTANT, Set.of(),
				null, null);
		first.forEach(facility -> this.facilities.assign(facility.id(), consultant.getId(), system));
	}

	private UserAccount demoAccount(String username, String name, Role role, Set<Long> units, Long agencyId,
			Long enterpriseId) {
		UserAccount account = new UserAccount(username, name, this.encoder.encode(DEMO_PASSWORD), role,
				this.clock.instant());
		account.assign(role, units, agencyId, enterpriseId);
		account.markDemo();
		return save(account);
	}

	private UserAccount save(UserAccount account) {
		return this.accounts.saveAndFlush(account);
	}

}
