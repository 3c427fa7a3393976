package org.cleanprod.facility;

import org.cleanprod.facility.web.DesignationForm;
import org.cleanprod.facility.web.EnterpriseForm;
import org.cleanprod.facility.web.FacilityDetails;
import org.cleanprod.facility.web.FacilityForm;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.cleanprod.places.Places;
import org.cleanprod.places.SectorView;
import org.cleanprod.places.UnitLevel;
import org.cleanprod.places.UnitView;
import org.cleanprod.places.ZoneView;
import org.cleanprod.shared.audit.AuditEntry;
import org.cleanprod.shared.audit.AuditLog;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.listing.Listing;
import org.cleanprod.shared.listing.Sorting;
import org.cleanprod.shared.jdbc.Where;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.References;
import org.cleanprod.shared.security.Permission;
import org.cleanprod.shared.security.Role;
import org.cleanprod.shared.text.Texts;
import org.cleanprod.shared.web.StaleEditException;
import org.cleanprod.shared.web.InvalidFormException;
import org.cleanprod.shared.web.NotFoundException;
import org.cleanprod.shared.listing.PageQuery;
import org.cleanprod.shared.listing.PageView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entry to the facility registry. Every method takes the caller and applies their
 * data scope: a facility or enterprise outside it is reported as not found, exactly like
 * one that does not exist. Every change writes its audit row in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class FacilityService {

	static final String FACILITY = "facility";

	static final String ENTERPRISE = "enterprise";

	/** Facilities read at once when deriving designations. */
	private static final int DESIGNATION_CHUNK = 1_000;

	/**
	 * Who registers enterprises, as endpoints declare it: see
	 * {@link #registersEnterprises}.
	 */
	public static final Sorting ENTERPRISE_SORTING = Sorting.of("name", "e.id",
			Map.of("name", "e.name", "taxCode", "e.tax_code", "updated", "e.updated_at"));

	public static final String REGISTERS_ENTERPRISES = "hasAuthority('ENTERPRISE_EDIT') and principal.scope().isAll()";

	private final FacilityRepository facilities;

	private final EnterpriseRepository enterprises;

	private final FacilityQueries queries;

	private final FacilityScope scope;

	private final Places reference;

	private final References references;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final Listing enterpriseList;

	private final Clock clock;

	FacilityService(FacilityRepository facilities, EnterpriseRepository enterprises, FacilityQueries queries,
			FacilityScope scope, Places reference, References references, AuditLog audit, JdbcClient jdbc,
			Clock clock) {
		this.facilities = facilities;
		this.enterprises = enterprises;
		this.queries = queries;
		this.scope = scope;
		this.reference = reference;
		this.references = references;
		this.audit = audit;
		this.jdbc = jdbc;
		this.enterpriseList = new Listing(jdbc, "SELECT e.*", " FROM enterprise e", ENTERPRISE_SORTING);
		this.clock = clock;
	}

	public PageView<FacilityRow> search(FacilityFilter filter, PageQuery page, CurrentUser user, boolean english) {
		return this.queries.page(filter, page, user.scope(), english);
	}

	/**
	 * Every facility of the filter within the user's scope, in the page's order, for
	 * exports.
	 */
	public void forEach(FacilityFilter filter, PageQuery order, CurrentUser user, boolean english,
			Consumer<FacilityRow> consumer) {
		this.queries.forEach(filter, order, user.scope(), english, consumer);
	}

	/** Every facility's profile, by id, for generating other modules' demo data. */
	public List<FacilityProfile> profiles() {
		return this.jdbc.sql("SELECT id, sector_code, employees FROM facility ORDER BY id")
			.query((rs, row) -> new FacilityProfile(rs.getLong(1), rs.getString(2),
					(Integer) rs.getObject(3, Integer.class)))
			.list();
	}

	public long count(FacilityFilter filter, CurrentUser user) {
		return this.queries.count(filter, user.scope());
	}

	public FacilityDetails details(long id, CurrentUser user, boolean english) {
		Facility facility = load(id, user);
		UnitView unit = this.reference.unit(facility.getUnitId()).orElseThrow();
		ZoneView zone = (facility.getZoneId() != null) ? this.reference.zone(facility.getZoneId()).orElse(null) : null;
		SectorView sector = this.reference.sector(facility.getSectorCode()).orElse(null);
		return new FacilityDetails(facility.getId(), facility.getCode(), facility.getName(), facility.getAddress(),
				enterpriseView(this.enterprises.findById(facility.getEnterpriseId()).orElseThrow(), user), unit,
				this.reference.label(unit.id(), english), this.reference.reportingUnits(unit.id()), zone, sector,
				facility.getMainProducts(), facility.getEmployees(), facility.isCpPotential(),
				facility.isDesignatedEnergyUser(), facility.designation(), facility.getStatus(), facility.getClosedOn(),
				facility.getContacts(), facility.getCreatedAt(), facility.getUpdatedAt(), facility.getVersion());
	}

	/** The form of an existing facility, for its edit page. */
	public FacilityForm form(long id, CurrentUser user) {
		return FacilityForm.of(load(id, user));
	}

	/**
	 * Registers a facility; field errors (unit, zone, sector, enterprise, scope) are
	 * thrown together.
	 */
	@Transactional
	public long register(FacilityForm form, CurrentUser user) {
		Enterprise enterprise = check(form, user);
		Facility facility = new Facility(nextCode(), enterprise.getId(), this.clock.instant());
		facility.apply(form, classifies(user), enterprise, this.clock.instant());
		this.facilities.saveAndFlush(facility);
		this.audit.created(user, FACILITY, facility.getId(), FacilitySnapshot.of(facility));
		return facility.getId();
	}

	/**
	 * Updates a facility the user may edit; a stale version (someone saved meanwhile) is
	 * refused. True when anything changed.
	 */
	@Transactional
	public boolean update(long id, FacilityForm form, CurrentUser user) {
		Facility facility = load(id, user);
		StaleEditException.check(form.version(), facility.getVersion());
		if (!facility.getEnterpriseId().equals(form.enterpriseId()) && !user.scope().isAll()) {
			throw InvalidFormException.of("enterpriseId", "facility.error.enterpriseFixed");
		}
		Enterprise enterprise = check(form, user);
		FacilitySnapshot before = FacilitySnapshot.of(facility);
		if (!facility.apply(form, classifies(user), enterprise, this.clock.instant())) {
			return false;
		}
		this.facilities.saveAndFlush(facility);
		this.audit.updated(user, FACILITY, id, before, FacilitySnapshot.of(facility));
		return true;
	}

	public List<AuditEntry> history(long id, CurrentUser user) {
		load(id, user);
		return this.audit.history(FACILITY, id);
	}

	/**
	 * Assigns a consultant to a facility; consultants see only the facilities assigned to
	 * them.
	 */
	@Transactional
	public void assign(long facilityId, long consultantId, CurrentUser user) {
		load(facilityId, user);
		boolean assigned = this.jdbc
			.sql("SELECT COUNT(*) FROM facility_assignment WHERE facility_id = :facility AND user_id = :user")
			.param("facility", facilityId)
			.param("user", consultantId)
			.query(Long.class)
			.single() > 0;
		if (!assigned) {
			this.jdbc.sql("""
					INSERT INTO facility_assignment (facility_id, user_id, assigned_at) VALUES (:facility, :user, :now)
					""")
				.param("facility", facilityId)
				.param("user", consultantId)
				.param("now", OffsetDateTime.now(this.clock))
				.update();
		}
	}

	/**
	 * Records the designated-energy-user status derived from each facility's energy of a
	 * year ({@link DesignationBasis}), as the performance module computes it. A facility
	 * an officer overrode keeps the officer's status. A change of the status in force is
	 * audited as made by the system; a new basis that leaves it is stored without an
	 * audit row. Returns how many statuses in force changed.
	 */
	@Transactional
	public int deriveDesignations(Map<Long, DesignationBasis> bases) {
		int changed = 0;
		List<Long> ids = List.copyOf(bases.keySet());
		for (int from = 0; from < ids.size(); from += DESIGNATION_CHUNK) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + DESIGNATION_CHUNK));
			List<Object[]> quiet = new ArrayList<>();
			List<Long> flipping = new ArrayList<>();
			this.jdbc.sql("""
					SELECT id, designated_energy_user, designation_override, designation_year, designation_toe,
					    designation_threshold, designation_derived
					FROM facility WHERE id IN (:ids)
					""").param("ids", chunk).query((rs, row) -> {
				long id = rs.getLong(1);
				DesignationBasis basis = bases.get(id);
				Boolean override = (Boolean) rs.getObject(3);
				boolean now = (override != null) ? override : basis.designated();
				if (now != rs.getBoolean(2)) {
					flipping.add(id);
				}
				else if (!Integer.valueOf(basis.year()).equals(rs.getObject(4, Integer.class))
						|| !same(basis.toe(), rs.getBigDecimal(5)) || !same(basis.threshold(), rs.getBigDecimal(6))
						|| basis.designated() != rs.getBoolean(7)) {
					quiet.add(new Object[] { basis.year(), basis.toe(), basis.threshold(), basis.designated(), id });
				}
				return id;
			}).list();
			for (Object[] row : quiet) {
				this.jdbc.sql("""
						UPDATE facility SET designation_year = ?, designation_toe = ?, designation_threshold = ?,
						    designation_derived = ?
						WHERE id = ?
						""").params(row).update();
			}
			for (long id : flipping) {
				Facility facility = this.facilities.findById(id).orElseThrow(() -> new NotFoundException(FACILITY, id));
				FacilitySnapshot before = FacilitySnapshot.of(facility);
				if (facility.derive(bases.get(id), this.clock.instant())) {
					changed++;
					this.facilities.saveAndFlush(facility);
					this.audit.updated(null, FACILITY, id, before, FacilitySnapshot.of(facility));
				}
			}
		}
		return changed;
	}

	/**
	 * Every facility's id with the year its designated-energy-user status was last
	 * derived for ({@code null} when never), for the work that keeps the statuses
	 * current.
	 */
	public Map<Long, Integer> designationYears() {
		Map<Long, Integer> years = new HashMap<>();
		this.jdbc.sql("SELECT id, designation_year FROM facility")
			.query((rs, row) -> years.put(rs.getLong(1), rs.getObject(2, Integer.class)))
			.list();
		return years;
	}

	/**
	 * Whether the user may override a facility's designated-energy-user status: those who
	 * edit and classify facilities, never enterprise users.
	 */
	public boolean overridesDesignation(CurrentUser user) {
		return user.can(Permission.FACILITY_EDIT) && classifies(user);
	}

	/**
	 * An officer's override of the derived designated-energy-user status, with a reason
	 * (at most 1,000 characters), shown as an override and audited; {@code designated}
	 * null removes it, so that the derived status applies again. True when anything
	 * changed.
	 */
	@Transactional
	public boolean overrideDesignation(long id, DesignationForm form, CurrentUser user) {
		Facility facility = load(id, user);
		if (!overridesDesignation(user)) {
			throw new AccessDeniedException("only officers override the designation of facility " + id);
		}
		String reason = Texts.blankToNull(form.reason());
		if (form.designated() != null && reason == null) {
			throw InvalidFormException.of("reason", "facility.designation.error.reason");
		}
		if (reason != null && reason.length() > 1000) {
			throw InvalidFormException.of("reason", "facility.designation.error.reasonTooLong", 1000);
		}
		FacilitySnapshot before = FacilitySnapshot.of(facility);
		if (!facility.override(form.designated(), reason, user.getUsername(), this.clock.instant())) {
			return false;
		}
		this.facilities.saveAndFlush(facility);
		this.audit.updated(user, FACILITY, id, before, FacilitySnapshot.of(facility));
		return true;
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return (a == null) ? b == null : b != null && a.compareTo(b) == 0;
	}

	/**
	 * Locks a facility's row until the caller's transaction ends, so that work derived
	 * from its records (indicators, findings) runs one at a time per facility.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lock(long facilityId) {
		this.jdbc.sql("SELECT id FROM facility WHERE id = :id FOR UPDATE")
			.param("id", facilityId)
			.query(Long.class)
			.list();
	}

	/** Locks every facility's row, for work over all of them; see {@link #lock(long)}. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lockAll() {
		this.jdbc.sql("SELECT id FROM facility FOR UPDATE").query(Long.class).list();
	}

	/** Ends a consultant's assignment to a facility; false when there was none. */
	@Transactional
	public boolean unassign(long facilityId, long consultantId, CurrentUser user) {
		load(facilityId, user);
		return this.jdbc.sql("DELETE FROM facility_assignment WHERE facility_id = :facility AND user_id = :user")
			.param("facility", facilityId)
			.param("user", consultantId)
			.update() > 0;
	}

	/** The facilities assigned to a consultant that the caller may see, by code. */
	public List<FacilityRow> assignedTo(long consultantId, CurrentUser user, boolean english) {
		Where where = this.scope.restrict(new Where().and(
				"f.id IN (SELECT a.facility_id FROM facility_assignment a WHERE a.user_id = :consultant)", "consultant",
				consultantId), user.scope());
		List<Long> ids = this.jdbc.sql("SELECT f.id FROM facility f" + where.sql() + " ORDER BY f.code")
			.params(where.params())
			.query(Long.class)
			.list();
		return ids.stream().map(id -> this.queries.byId(id, english)).toList();
	}

	/** The facilities among these that the caller may see, as lists show them, by id. */
	public Map<Long, FacilityRow> visible(Collection<Long> ids, CurrentUser user, boolean english) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Where where = this.scope.restrict(new Where().in("f.id", "ids", ids), user.scope());
		List<Long> visible = this.jdbc.sql("SELECT f.id FROM facility f" + where.sql())
			.params(where.params())
			.query(Long.class)
			.list();
		return this.queries.byIds(visible, english);
	}

	/** A facility the caller may see, as lists show it; not found (404) otherwise. */
	public FacilityRow require(long id, CurrentUser user, boolean english) {
		return isFacilityVisible(id, user) ? this.queries.byId(id, english) : notFound(FACILITY, id);
	}

	/**
	 * Every facility in the caller's scope by code, for imports that name facilities by
	 * code.
	 */
	public Map<String, FacilityRef> codesInScope(CurrentUser user) {
		Where where = this.scope.restrict(new Where(), user.scope());
		Map<String, FacilityRef> codes = new HashMap<>();
		this.jdbc.sql("SELECT f.code, f.id, f.sector_code FROM facility f" + where.sql())
			.params(where.params())
			.query((rs, row) -> codes.put(rs.getString(1),
					new FacilityRef(rs.getLong(2), rs.getString(1), rs.getString(3))))
			.list();
		return codes;
	}

	/** A facility by its code, if the caller may see it. */
	public Optional<FacilityRow> byCode(String code, CurrentUser user, boolean english) {
		return this.facilities.findByCode(code.strip().toUpperCase(Locale.ROOT))
			.filter(facility -> isFacilityVisible(facility.getId(), user))
			.map(facility -> this.queries.byId(facility.getId(), english));
	}

	// Enterprises

	public PageView<EnterpriseView> enterprises(String q, PageQuery page, CurrentUser user) {
		Where seen = facilitiesSeen(user);
		Where where = enterpriseWhere(q, user);
		seen.params().forEach(where::param);
		return this.enterpriseList.withSelect(enterpriseColumns(seen))
			.page(where, page, FacilityService::enterpriseRow);
	}

	public long enterpriseCount(CurrentUser user) {
		return this.enterpriseList.count(enterpriseWhere(null, user));
	}

	public EnterpriseView enterprise(long id, CurrentUser user) {
		return enterpriseView(loadEnterprise(id, user), user);
	}

	public EnterpriseForm enterpriseForm(long id, CurrentUser user) {
		return EnterpriseForm.of(loadOwnedEnterprise(id, user));
	}

	/**
	 * Whether the user registers enterprises: province-wide roles only, since a tax code
	 * is unique in the whole registry and an answer about one outside the scope would
	 * tell what the scope hides.
	 */
	public boolean registersEnterprises(CurrentUser user) {
		return user.can(Permission.ENTERPRISE_EDIT) && user.scope().isAll();
	}

	/**
	 * Whether the user edits this enterprise: province-wide roles any, an enterprise user
	 * its own. District and zone officers only read the enterprises of their facilities,
	 * which may have facilities elsewhere.
	 */
	public boolean editsEnterprise(long id, CurrentUser user) {
		return user.can(Permission.ENTERPRISE_EDIT) && switch (user.scope().kind()) {
			case ALL -> true;
			case ENTERPRISE -> Long.valueOf(id).equals(user.scope().enterpriseId());
			default -> false;
		};
	}

	@Transactional
	public long registerEnterprise(EnterpriseForm form, CurrentUser user) {
		if (!registersEnterprises(user)) {
			throw new AccessDeniedException("enterprises are registered by province-wide roles");
		}
		String taxCode = TaxCode.normalise(form.taxCode());
		if (this.enterprises.findByTaxCode(taxCode).isPresent()) {
			throw InvalidFormException.of("taxCode", "enterprise.error.taxCodeTaken", taxCode);
		}
		Enterprise enterprise = new Enterprise(taxCode, this.clock.instant());
		enterprise.apply(form, this.clock.instant());
		this.enterprises.saveAndFlush(enterprise);
		this.audit.created(user, ENTERPRISE, enterprise.getId(), EnterpriseSnapshot.of(enterprise));
		return enterprise.getId();
	}

	/** Updates an enterprise; true when anything changed. */
	@Transactional
	public boolean updateEnterprise(long id, EnterpriseForm form, CurrentUser user) {
		Enterprise enterprise = loadOwnedEnterprise(id, user);
		StaleEditException.check(form.version(), enterprise.getVersion());
		if (!enterprise.getTaxCode().equals(TaxCode.normalise(form.taxCode()))) {
			throw InvalidFormException.of("taxCode", "enterprise.error.taxCodeFixed");
		}
		EnterpriseSnapshot before = EnterpriseSnapshot.of(enterprise);
		if (!enterprise.apply(form, this.clock.instant())) {
			return false;
		}
		this.enterprises.saveAndFlush(enterprise);
		this.audit.updated(user, ENTERPRISE, id, before, EnterpriseSnapshot.of(enterprise));
		this.facilities.findByEnterpriseId(id)
			.forEach(facility -> facility.refreshSearchText(enterprise.getName(), enterprise.getTaxCode()));
		return true;
	}

	public List<AuditEntry> enterpriseHistory(long id, CurrentUser user) {
		loadEnterprise(id, user);
		return this.audit.history(ENTERPRISE, id);
	}

	/**
	 * The name of an enterprise regardless of scope, only for the history of a record the
	 * user may see (the enterprise a facility belonged to).
	 */
	public Optional<String> enterpriseName(long id) {
		return this.enterprises.findById(id).map(Enterprise::getName);
	}

	/** The enterprises the user may attach facilities to, by name. */
	public List<EnterpriseView> enterpriseChoices(CurrentUser user) {
		return enterprises(null, new PageQuery(1, PageQuery.MAX_SIZE, "name", false), user).items();
	}

	// Rules shared by pages, API and import

	/**
	 * Whether the user sets the CP flags and status; enterprise users keep what officers
	 * set.
	 */
	public static boolean classifies(CurrentUser user) {
		return user.role() != Role.ENTERPRISE_USER;
	}

	private Enterprise check(FacilityForm form, CurrentUser user) {
		InvalidFormException.Collector errors = new InvalidFormException.Collector();
		Optional<Enterprise> enterprise = (form.enterpriseId() != null
				&& this.references.check(ReferenceKind.ENTERPRISE, form.enterpriseId(), user, "enterpriseId", errors))
						? this.enterprises.findById(form.enterpriseId()) : Optional.empty();
		if (form.enterpriseId() == null) {
			errors.reject("enterpriseId", "facility.error.enterpriseUnknown");
		}
		Optional<UnitView> unit = this.reference.unit(form.unitId());
		LocalDate today = LocalDate.now(this.clock.withZone(Formats.ZONE));
		if (unit.isEmpty() || unit.get().level() != UnitLevel.COMMUNE) {
			errors.reject("unitId", "facility.error.unitNotCommune");
		}
		else if (!unit.get().isValidOn(today)) {
			errors.reject("unitId", "facility.error.unitEnded", unit.get().name(), Formats.date(unit.get().validTo()),
					String.join(", ",
							this.reference.successors(unit.get().id()).stream().map(UnitView::name).toList()));
		}
		if (form.zoneId() != null && this.reference.zone(form.zoneId()).isEmpty()) {
			errors.reject("zoneId", "facility.error.zoneUnknown");
		}
		if (this.reference.sector(form.sectorCode()).filter(SectorView::isDivision).isEmpty()) {
			errors.reject("sectorCode", "facility.error.sectorUnknown");
		}
		if (form.status() == FacilityStatus.CLOSED && form.closedOn() == null && classifies(user)) {
			errors.reject("closedOn", "facility.error.closedOnRequired");
		}
		if (enterprise.isPresent() && unit.isPresent()
				&& !this.scope.admits(user.scope(), form.unitId(), form.zoneId(), enterprise.get().getId())) {
			String field = switch (user.scope().kind()) {
				case ZONE_BOARD -> "zoneId";
				case ENTERPRISE -> "enterpriseId";
				default -> "unitId";
			};
			errors.reject(field, "facility.error.outOfScope");
		}
		errors.throwIfAny();
		return enterprise.orElseThrow();
	}

	private Facility load(long id, CurrentUser user) {
		return isFacilityVisible(id, user) ? this.facilities.findById(id).orElseThrow() : notFound(FACILITY, id);
	}

	public boolean isFacilityVisible(long facilityId, CurrentUser user) {
		Where where = this.scope.restrict(new Where().and("f.id = :id", "id", facilityId), user.scope());
		return this.jdbc.sql("SELECT COUNT(*) FROM facility f" + where.sql())
			.params(where.params())
			.query(Long.class)
			.single() > 0;
	}

	private Enterprise loadEnterprise(long id, CurrentUser user) {
		return isEnterpriseVisible(id, user) ? this.enterprises.findById(id).orElseThrow() : notFound(ENTERPRISE, id);
	}

	/** An enterprise the user edits; one they only read is forbidden (403). */
	private Enterprise loadOwnedEnterprise(long id, CurrentUser user) {
		Enterprise enterprise = loadEnterprise(id, user);
		if (!editsEnterprise(id, user)) {
			throw new AccessDeniedException("enterprise " + id + " is read-only for " + user);
		}
		return enterprise;
	}

	/**
	 * An enterprise is visible with one of its facilities, or to its own users and
	 * province-wide roles.
	 */
	public boolean isEnterpriseVisible(long enterpriseId, CurrentUser user) {
		Where where = enterpriseWhere(null, user).and("e.id = :id", "id", enterpriseId);
		return this.enterpriseList.count(where) > 0;
	}

	private Where enterpriseWhere(String q, CurrentUser user) {
		Where where = new Where().words("e.search_text", q);
		return switch (user.scope().kind()) {
			case ALL -> where;
			case ENTERPRISE -> where.and("e.id = :scopeEnterprise", "scopeEnterprise",
					(user.scope().enterpriseId() != null) ? user.scope().enterpriseId() : -1L);
			default -> {
				Where facilitiesInScope = this.scope.restrict(new Where().and("f.enterprise_id = e.id"), user.scope());
				yield where.and("EXISTS (SELECT 1 FROM facility f" + facilitiesInScope.sql() + ")",
						facilitiesInScope.params());
			}
		};
	}

	private EnterpriseView enterpriseView(Enterprise enterprise, CurrentUser user) {
		Where seen = facilitiesSeen(user);
		return this.jdbc.sql(enterpriseColumns(seen) + " FROM enterprise e WHERE e.id = :id")
			.params(seen.params())
			.param("id", enterprise.getId())
			.query(FacilityService::enterpriseRow)
			.single();
	}

	/**
	 * The facilities of enterprise {@code e} that the user sees, which are all it counts.
	 */
	private Where facilitiesSeen(CurrentUser user) {
		return this.scope.restrict(new Where().and("f.enterprise_id = e.id"), user.scope());
	}

	private static String enterpriseColumns(Where seen) {
		return "SELECT e.*, (SELECT COUNT(*) FROM facility f" + seen.sql() + ") AS facilities";
	}

	private static EnterpriseView enterpriseRow(ResultSet rs, int row) throws SQLException {
		return new EnterpriseView(rs.getLong("id"), rs.getString("tax_code"), rs.getString("name"),
				rs.getString("name_en"), rs.getString("address"), Ownership.valueOf(rs.getString("ownership")),
				rs.getString("representative"), rs.getString("phone"), rs.getString("email"), rs.getLong("facilities"),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getLong("version"));
	}

	private String nextCode() {
		long next = this.jdbc.sql("SELECT nextval('facility_code_seq')").query(Long.class).single();
		return "CS-%06d".formatted(next);
	}

	private static <T> T notFound(String what, long id) {
		throw new NotFoundException(what, id);
	}

}
