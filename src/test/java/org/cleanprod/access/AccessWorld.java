package org.cleanprod.access;

import org.cleanprod.places.Places;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.cleanprod.consumption.ConsumptionService;
import org.cleanprod.consumption.RecordSource;
import org.cleanprod.facility.FacilityFixtures;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.planning.web.PlanForm;
import org.cleanprod.planning.PlanStatus;
import org.cleanprod.planning.PlanningService;
import org.cleanprod.planning.web.TargetForm;
import org.cleanprod.planning.TargetKind;
import org.cleanprod.places.AgencyView;
import org.cleanprod.resources.FactorKind;
import org.cleanprod.resources.Resources;
import org.cleanprod.places.UnitLevel;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.Role;
import org.cleanprod.shared.security.Scope;
import org.cleanprod.shared.security.ScopeKind;
import org.cleanprod.shared.units.MeasureUnit;
import org.cleanprod.test.TestUsers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The records the access matrix is tried on: for every caller, one record of every kind
 * inside the caller's scope ("own"), one outside it ("foreign", which province-wide roles
 * see too) and an id that exists nowhere ("none"). Callers are real accounts, so that
 * their own tokens, jobs and uploads exist.
 */
final class AccessWorld {

	/** Who calls: nobody signed in, or an account of each role. */
	enum Caller {

		ANONYMOUS(null), ADMIN(Role.ADMIN), OFFICER(Role.DEPARTMENT_OFFICER), DISTRICT(Role.DISTRICT_OFFICER),
		ZONE(Role.ZONE_OFFICER), AGENCY(Role.AGENCY_USER), CONSULTANT(Role.CONSULTANT),
		ENTERPRISE(Role.ENTERPRISE_USER);

		final Role role;

		Caller(Role role) {
			this.role = role;
		}

		/**
		 * Whether the caller sees the whole province, where a "foreign" record is in
		 * scope.
		 */
		boolean provinceWide() {
			return this == ADMIN || this == OFFICER;
		}

	}

	/** Which id of a kind a request carries. */
	enum Variant {

		OWN, FOREIGN, NONE

	}

	private static final AtomicInteger SERIAL = new AtomicInteger();

	private final JdbcClient jdbc;

	private final TestUsers testUsers;

	private final Map<Caller, CurrentUser> users = new EnumMap<>(Caller.class);

	private final Map<Caller, Map<ReferenceKind, String>> own = new EnumMap<>(Caller.class);

	private final Map<ReferenceKind, String> foreign = new EnumMap<>(ReferenceKind.class);

	AccessWorld(JdbcClient jdbc, TestUsers testUsers, FacilityService facilities, Places places, Resources resources,
			ConsumptionService consumption, PlanningService planning) {
		this.jdbc = jdbc;
		this.testUsers = testUsers;
		CurrentUser registrar = user(Role.DEPARTMENT_OFFICER, ScopeKind.ALL, 0, Set.of(), null, null);
		long phuCuong = commune(places, "Phường Phú Cường");
		long diAn = commune(places, "Phường Dĩ An");
		long binhHoa = commune(places, "Phường Bình Hòa");
		AgencyView board = places.agencyByCode("BQLVSIP").orElseThrow();
		long zone = places.zonesOfBoard(board.id()).iterator().next();
		long district = places.units()
			.stream()
			.filter(unit -> unit.level() == UnitLevel.DISTRICT && unit.code().equals("718"))
			.findFirst()
			.orElseThrow()
			.id();

		long districtEnterprise = FacilityFixtures.enterprise(facilities, registrar, "Công ty Ma Trận Huyện");
		long districtFacility = FacilityFixtures.facility(facilities, registrar, districtEnterprise,
				"Nhà máy Ma Trận Huyện", phuCuong, null, "13");
		long zoneEnterprise = FacilityFixtures.enterprise(facilities, registrar, "Công ty Ma Trận Khu");
		long zoneFacility = FacilityFixtures.facility(facilities, registrar, zoneEnterprise, "Nhà máy Ma Trận Khu",
				binhHoa, zone, "26");
		long consultantEnterprise = FacilityFixtures.enterprise(facilities, registrar, "Công ty Ma Trận Tư Vấn");
		long consultantFacility = FacilityFixtures.facility(facilities, registrar, consultantEnterprise,
				"Nhà máy Ma Trận Tư Vấn", diAn, null, "10");
		long ownEnterprise = FacilityFixtures.enterprise(facilities, registrar, "Công ty Ma Trận Doanh Nghiệp");
		long ownFacility = FacilityFixtures.facility(facilities, registrar, ownEnterprise,
				"Nhà máy Ma Trận Doanh Nghiệp", diAn, null, "15");
		long otherEnterprise = FacilityFixtures.enterprise(facilities, registrar, "Công ty Ma Trận Khác");
		long otherFacility = FacilityFixtures.facility(facilities, registrar, otherEnterprise, "Nhà máy Ma Trận Khác",
				diAn, null, "17");

		CurrentUser bystander = account(Role.DEPARTMENT_OFFICER, ScopeKind.ALL, Set.of(), null, null);
		this.users.put(Caller.ADMIN, account(Role.ADMIN, ScopeKind.ALL, Set.of(), null, null));
		this.users.put(Caller.OFFICER, account(Role.DEPARTMENT_OFFICER, ScopeKind.ALL, Set.of(), null, null));
		this.users.put(Caller.DISTRICT, account(Role.DISTRICT_OFFICER, ScopeKind.UNITS, Set.of(district), null, null));
		this.users.put(Caller.ZONE, account(Role.ZONE_OFFICER, ScopeKind.ZONE_BOARD, Set.of(), board.id(), null));
		long agency = places.agencies()
			.stream()
			.filter(candidate -> candidate.id() != board.id())
			.findFirst()
			.orElseThrow()
			.id();
		this.users.put(Caller.AGENCY, account(Role.AGENCY_USER, ScopeKind.AGENCY, Set.of(), agency, null));
		this.users.put(Caller.CONSULTANT, account(Role.CONSULTANT, ScopeKind.ASSIGNED, Set.of(), null, null));
		this.users.put(Caller.ENTERPRISE,
				account(Role.ENTERPRISE_USER, ScopeKind.ENTERPRISE, Set.of(), null, ownEnterprise));
		facilities.assign(consultantFacility, this.users.get(Caller.CONSULTANT).id(), registrar);

		Map<Caller, long[]> facilityOf = Map.of(Caller.ADMIN, new long[] { districtFacility, districtEnterprise },
				Caller.OFFICER, new long[] { districtFacility, districtEnterprise }, Caller.DISTRICT,
				new long[] { districtFacility, districtEnterprise }, Caller.ZONE,
				new long[] { zoneFacility, zoneEnterprise }, Caller.AGENCY,
				new long[] { districtFacility, districtEnterprise }, Caller.CONSULTANT,
				new long[] { consultantFacility, consultantEnterprise }, Caller.ENTERPRISE,
				new long[] { ownFacility, ownEnterprise });
		Map<Long, Long> products = new java.util.HashMap<>();
		for (long facility : new long[] { districtFacility, zoneFacility, consultantFacility, ownFacility,
				otherFacility }) {
			products.put(facility,
					consumption.addProduct(facility, "Sản phẩm ma trận", MeasureUnit.TONNE, true, registrar));
			// twelve complete months, so that the 2023 baseline the matrix sets is
			// accepted
			for (int month = 1; month <= 12; month++) {
				java.time.YearMonth period = java.time.YearMonth.of(2023, month);
				consumption.saveProduction(facility, products.get(facility), period, java.math.BigDecimal.TEN,
						RecordSource.ENTERED, registrar);
				consumption.saveConsumption(facility, "ELECTRICITY", period,
						java.math.BigDecimal.valueOf(1000L + month), MeasureUnit.KWH, RecordSource.ENTERED, registrar);
			}
		}

		long issued = planning.create(plan(PlanStatus.ISSUED), registrar);
		long issuedTarget = planning.addTarget(issued, target(), registrar);
		long draft = planning.create(plan(PlanStatus.DRAFT), registrar);
		long draftTarget = planning.addTarget(draft, target(), registrar);

		long otherZone = places.zones().stream().filter(z -> z.id() != zone).findFirst().orElseThrow().id();
		String electricityFactor = String.valueOf(resources.factors("ELECTRICITY", FactorKind.TCO2).getFirst().id());
		String fuelFactor = String.valueOf(resources.factors("DO", FactorKind.TOE).getFirst().id());
		String[] settings = this.jdbc.sql("SELECT setting_key FROM reference_setting ORDER BY setting_key")
			.query(String.class)
			.list()
			.toArray(String[]::new);

		this.foreign.put(ReferenceKind.FACILITY, String.valueOf(otherFacility));
		this.foreign.put(ReferenceKind.ENTERPRISE, String.valueOf(otherEnterprise));
		this.foreign.put(ReferenceKind.PRODUCT, String.valueOf(products.get(otherFacility)));
		this.foreign.put(ReferenceKind.UNIT, String.valueOf(diAn));
		this.foreign.put(ReferenceKind.ZONE, String.valueOf(otherZone));
		this.foreign.put(ReferenceKind.AGENCY, String.valueOf(agency));
		this.foreign.put(ReferenceKind.RESOURCE, "DO");
		this.foreign.put(ReferenceKind.FACTOR, fuelFactor);
		this.foreign.put(ReferenceKind.SETTING, settings[settings.length - 1]);
		this.foreign.put(ReferenceKind.PLAN, String.valueOf(draft));
		this.foreign.put(ReferenceKind.TARGET, String.valueOf(draftTarget));
		this.foreign.put(ReferenceKind.USER, String.valueOf(bystander.id()));
		this.foreign.put(ReferenceKind.TOKEN, token(bystander));
		this.foreign.put(ReferenceKind.IMPORT_JOB, job(bystander));
		this.foreign.put(ReferenceKind.ASSESSMENT, assessment(otherFacility, null));
		this.foreign.put(ReferenceKind.UPLOAD_LIMIT, "COLUMNS");

		for (Caller caller : Caller.values()) {
			CurrentUser user = (caller == Caller.ANONYMOUS) ? bystander : this.users.get(caller);
			long[] facility = facilityOf.getOrDefault(caller, new long[] { districtFacility, districtEnterprise });
			Map<ReferenceKind, String> ids = new EnumMap<>(ReferenceKind.class);
			ids.put(ReferenceKind.FACILITY, String.valueOf(facility[0]));
			ids.put(ReferenceKind.ENTERPRISE, String.valueOf(facility[1]));
			ids.put(ReferenceKind.PRODUCT, String.valueOf(products.get(facility[0])));
			ids.put(ReferenceKind.UNIT, String.valueOf(phuCuong));
			ids.put(ReferenceKind.ZONE, String.valueOf(zone));
			ids.put(ReferenceKind.AGENCY, String.valueOf(board.id()));
			ids.put(ReferenceKind.RESOURCE, "ELECTRICITY");
			ids.put(ReferenceKind.FACTOR, electricityFactor);
			ids.put(ReferenceKind.SETTING, settings[0]);
			ids.put(ReferenceKind.PLAN, String.valueOf(issued));
			ids.put(ReferenceKind.TARGET, String.valueOf(issuedTarget));
			ids.put(ReferenceKind.USER, String.valueOf(user.id()));
			ids.put(ReferenceKind.TOKEN, token(user));
			ids.put(ReferenceKind.IMPORT_JOB, job(user));
			ids.put(ReferenceKind.ASSESSMENT,
					assessment(facility[0], (caller == Caller.CONSULTANT) ? Long.valueOf(user.id()) : null));
			ids.put(ReferenceKind.UPLOAD_LIMIT, "ROWS");
			this.own.put(caller, ids);
		}
	}

	/** The signed-in user of a caller; null for anonymous. */
	CurrentUser user(Caller caller) {
		return this.users.get(caller);
	}

	/** The id of a kind a caller's request carries in this variant. */
	String id(Caller caller, ReferenceKind kind, Variant variant) {
		return switch (variant) {
			case OWN -> this.own.get(caller).get(kind);
			case FOREIGN -> this.foreign.get(kind);
			case NONE -> none(kind);
		};
	}

	/** An id of the kind that no record has. */
	static String none(ReferenceKind kind) {
		return switch (kind) {
			case RESOURCE, SETTING, UPLOAD_LIMIT -> "NO_SUCH_CODE";
			case IMPORT_JOB -> "00000000-0000-0000-0000-000000000000";
			default -> "987654321";
		};
	}

	private CurrentUser account(Role role, ScopeKind kind, Set<Long> units, Long agencyId, Long enterpriseId) {
		String username = "matrix." + role.name().toLowerCase() + "." + SERIAL.incrementAndGet();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO user_account (username, display_name, password_hash, role, agency_id, enterprise_id,
				    created_at, search_text)
				VALUES (:username, :name, '{noop}not-used', :role, :agency, :enterprise, :now, :username)
				""")
			.param("username", username)
			.param("name", "Người thử ma trận " + role.name())
			.param("role", role.name())
			.param("agency", agencyId)
			.param("enterprise", enterpriseId)
			.param("now", now())
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		units.forEach(unit -> this.jdbc.sql("INSERT INTO user_unit (user_id, unit_id) VALUES (:user, :unit)")
			.param("user", id)
			.param("unit", unit)
			.update());
		return user(role, kind, id, units, agencyId, enterpriseId);
	}

	private CurrentUser user(Role role, ScopeKind kind, long id, Set<Long> units, Long agencyId, Long enterpriseId) {
		return new CurrentUser(id, "matrix" + id, "Người thử ma trận", role, this.testUsers.permissions(role),
				new Scope(kind, units, agencyId, enterpriseId, id), true, null);
	}

	private String token(CurrentUser user) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO api_token (user_id, name, token_hash, prefix, created_at, expires_at)
				VALUES (:user, 'ma trận', :hash, 'cpat_matrix', :now, :expires)
				""")
			.param("user", user.id())
			.param("hash", UUID.randomUUID().toString().replace("-", ""))
			.param("now", now())
			.param("expires", now().plusDays(30))
			.update(keys, "id");
		return String.valueOf(keys.getKeyAs(Number.class).longValue());
	}

	private String job(CurrentUser user) {
		String id = UUID.randomUUID().toString();
		this.jdbc.sql("""
				INSERT INTO import_job (id, kind, owner_id, file_name, mode, status, created_at, finished_at)
				VALUES (:id, 'consumption', :owner, 'ma-tran.csv', 'PREVIEW', 'FAILED', :now, :now)
				""").param("id", id).param("owner", user.id()).param("now", now()).update();
		return id;
	}

	/**
	 * An assessment of the facility, led by the consultant when one is given, with one
	 * option.
	 */
	private String assessment(long facility, Long consultant) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO assessment (facility_id, title, focus_year, consultant_id, status, created_at, search_text)
				VALUES (:facility, 'Đánh giá ma trận', 2023, :consultant, 'PLANNED', :now, 'danh gia ma tran')
				""").param("facility", facility).param("consultant", consultant).param("now", now()).update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		this.jdbc.sql("""
				INSERT INTO assessment_option (assessment_id, option_no, description, category_code, investment,
				    operating_cost_change, lifetime_years, discount_rate, status, created_at)
				VALUES (:assessment, 1, 'Giải pháp ma trận', 'GH', 1000000, 0, 5, 10, 'PROPOSED', :now)
				""").param("assessment", id).param("now", now()).update();
		return String.valueOf(id);
	}

	private static long commune(Places places, String name) {
		return FacilityFixtures.currentCommune(places, name).id();
	}

	private static PlanForm plan(PlanStatus status) {
		String code = "T-MATRIX-" + SERIAL.incrementAndGet();
		boolean issued = status == PlanStatus.ISSUED;
		return new PlanForm(code, "Kế hoạch ma trận " + code, "Matrix plan " + code, 2081, 2085,
				issued ? code + "/QĐ-UBND" : null, issued ? LocalDate.of(2081, 6, 1) : null, "Ủy ban thử nghiệm",
				"Test committee", null, null, status, "Nguồn thử nghiệm", null, null);
	}

	private static TargetForm target() {
		return new TargetForm("SAVINGS", "Chỉ tiêu ma trận", "Matrix target", TargetKind.SAVINGS_PER_UNIT, "%",
				new BigDecimal("8"), new BigDecimal("13"), 2085, "Tổng số cơ sở", "All facilities", null, null);
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}

}
