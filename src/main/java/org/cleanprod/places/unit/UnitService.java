package org.cleanprod.places.unit;

import org.cleanprod.shared.provenance.Provenance;
import org.cleanprod.places.UnitGraph;
import org.cleanprod.places.UnitLevel;
import org.cleanprod.places.UnitView;
import org.cleanprod.places.Places;
import org.cleanprod.shared.i18n.Bilingual;
import org.cleanprod.shared.provenance.Sources;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.cleanprod.shared.audit.AuditEntry;
import org.cleanprod.shared.audit.AuditLog;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.listing.Listing;
import org.cleanprod.shared.listing.Sorting;
import org.cleanprod.shared.jdbc.Where;
import org.cleanprod.shared.text.Texts;
import org.cleanprod.shared.jdbc.Versions;
import org.cleanprod.shared.web.StaleEditException;
import org.cleanprod.shared.web.InvalidFormException;
import org.cleanprod.shared.web.NotFoundException;
import org.cleanprod.shared.listing.PageQuery;
import org.cleanprod.shared.listing.PageView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Browsing and editing administrative units: the list with its filters, a unit's details,
 * and creating or correcting a unit with its dates and successors. Every change is
 * checked as a whole (dates, code reuse, parent level, successions without cycles),
 * writes its audit row in the same transaction and refreshes {@link Places}.
 */
@Service
@Transactional(readOnly = true)
public class UnitService {

	public static final String ENTITY = "admin_unit";

	/** Provinces, then districts, then communes, by default. */
	public static final Sorting SORTING = Sorting.of("level", "u.name, u.id",
			Map.of("code", "u.code", "name", "u.name", "parent", "p.name", "validFrom", "u.valid_from", "validTo",
					"u.valid_to", "level", "CASE u.level WHEN 'PROVINCE' THEN 0 WHEN 'DISTRICT' THEN 1 ELSE 2 END"));

	private static final String COLUMNS = "SELECT u.id, u.code, u.name, u.name_en, u.level, u.unit_type, u.parent_id, "
			+ "p.name AS parent_name, p.name_en AS parent_name_en, u.valid_from, u.valid_to";

	private static final String FROM = " FROM admin_unit u LEFT JOIN admin_unit p ON p.id = u.parent_id";

	private final AdministrativeUnitRepository units;

	private final Places reference;

	private final Sources catalog;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final EntityManager entityManager;

	private final Listing list;

	UnitService(AdministrativeUnitRepository units, Places reference, Sources catalog, AuditLog audit, JdbcClient jdbc,
			EntityManager entityManager) {
		this.units = units;
		this.reference = reference;
		this.catalog = catalog;
		this.audit = audit;
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.list = new Listing(jdbc, COLUMNS, FROM, SORTING);
	}

	public PageView<UnitRow> search(UnitFilter filter, PageQuery page) {
		return this.list.page(where(filter), page, UnitService::row);
	}

	/** Every unit the filter selects, in the list's order, for exports. */
	public void forEach(UnitFilter filter, PageQuery order, Consumer<UnitRow> consumer) {
		this.list.forEach(where(filter), order, UnitService::row, consumer);
	}

	/**
	 * A unit with everything its page shows; confidence and note only {@code withNotes}.
	 */
	public UnitDetails details(long id, boolean withNotes) {
		AdministrativeUnit unit = load(id);
		UnitView parent = (unit.getParentId() != null) ? this.reference.unit(unit.getParentId()).orElse(null) : null;
		List<UnitView> reportingUnits = this.reference.unit(id).isPresent() ? this.reference.reportingUnits(id)
				: List.of();
		Provenance shown = unit.getProvenance().shownIf(withNotes);
		return new UnitDetails(unit.getId(), unit.getCode(), unit.getName(), unit.getNameEn(), unit.getLevel(),
				unit.getUnitType(), parent, this.reference.children(id), unit.getValidFrom(), unit.getValidTo(),
				unit.getLegalBasis(), successions("predecessor_id", "successor_id", id),
				successions("successor_id", "predecessor_id", id), reportingUnits,
				this.catalog.sources(unit.getProvenance().sourceIds()), shown.confidence(), shown.confidenceEn(),
				shown.note(), shown.noteEn(), unit.getVersion());
	}

	/** The form of an existing unit, for its edit page. */
	public UnitForm form(long id) {
		AdministrativeUnit unit = load(id);
		List<UnitForm.SuccessorForm> successors = currentSuccessors(id).stream()
			.map(succession -> new UnitForm.SuccessorForm(succession.unitId(), succession.share(),
					succession.effectiveDate()))
			.toList();
		return new UnitForm(unit.getCode(), unit.getName(), unit.getNameEn(), unit.getLevel(), unit.getUnitType(),
				unit.getParentId(), unit.getValidFrom(), unit.getValidTo(), unit.getLegalBasis(),
				unit.getProvenance().note(), unit.getProvenance().noteEn(), successors, unit.getVersion());
	}

	/** Creates a unit with its successors; field errors are thrown together. */
	@Transactional
	long create(UnitForm form, CurrentUser actor) {
		List<UnitSnapshot.Succession> successors = check(null, form);
		AdministrativeUnit unit = new AdministrativeUnit(form.code().strip(), form.name().strip(), form.level(),
				form.parentId());
		unit.apply(form);
		this.units.saveAndFlush(unit);
		replaceSuccessors(unit.getId(), successors);
		this.audit.created(actor, ENTITY, unit.getId(), UnitSnapshot.of(unit, successors));
		this.reference.changed();
		return unit.getId();
	}

	/**
	 * Updates a unit and its successors; a stale version (someone saved meanwhile) is
	 * refused. True when anything changed.
	 */
	@Transactional
	public boolean update(long id, UnitForm form, CurrentUser actor) {
		AdministrativeUnit unit = load(id);
		StaleEditException.check(form.version(), unit.getVersion());
		List<UnitSnapshot.Succession> successors = check(id, form);
		List<UnitSnapshot.Succession> current = currentSuccessors(id);
		UnitSnapshot before = UnitSnapshot.of(unit, current);
		boolean fieldsChanged = unit.apply(form);
		boolean successorsChanged = !UnitSnapshot.of(unit, successors).successors().equals(before.successors());
		if (!fieldsChanged && !successorsChanged) {
			return false;
		}
		if (fieldsChanged) {
			this.units.saveAndFlush(unit);
		}
		else {
			countChange(unit);
		}
		if (successorsChanged) {
			replaceSuccessors(id, successors);
		}
		this.audit.updated(actor, ENTITY, id, before, UnitSnapshot.of(unit, successors));
		this.reference.changed();
		return true;
	}

	/**
	 * Successions live in their own table: the unit's version still counts their change,
	 * so that a concurrent edit of them is refused too.
	 */
	private void countChange(AdministrativeUnit unit) {
		Versions.countChange(this.jdbc, "admin_unit", unit.getId(), unit.getVersion());
		this.entityManager.refresh(unit);
	}

	List<AuditEntry> history(long id) {
		load(id);
		return this.audit.history(ENTITY, id);
	}

	/**
	 * The rules a unit must keep, checked against the database: dates in order, a code no
	 * other unit uses at an overlapping time, a parent of a higher level valid at some
	 * time of the unit's validity, and successors that exist, differ from the unit,
	 * appear once and close no cycle. Returns the successions to store.
	 */
	private List<UnitSnapshot.Succession> check(Long id, UnitForm form) {
		InvalidFormException.Collector errors = new InvalidFormException.Collector();
		LocalDate from = form.validFrom();
		LocalDate to = form.validTo();
		if (from != null && to != null && to.isBefore(from)) {
			errors.reject("validTo", "reference.unit.error.validTo");
		}
		String code = form.code().strip();
		this.jdbc.sql("SELECT id, name, valid_from, valid_to FROM admin_unit WHERE code = :code")
			.param("code", code)
			.query((rs, row) -> new Validity(rs.getLong("id"), rs.getString("name"),
					rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class)))
			.list()
			.stream()
			.filter(other -> id == null || other.id() != id)
			.filter(other -> other.overlaps(from, to))
			.findFirst()
			.ifPresent(other -> errors.reject("code", "reference.unit.error.codeTaken", code, other.name()));
		if (form.parentId() != null) {
			Optional<AdministrativeUnit> parent = this.units.findById(form.parentId());
			if (parent.isEmpty()) {
				errors.reject("parentId", "reference.unit.error.parentUnknown");
			}
			else if (!parent.get().getLevel().isAbove(form.level())) {
				errors.reject("parentId", "reference.unit.error.parentLevel");
			}
			else if (!new Validity(0, null, parent.get().getValidFrom(), parent.get().getValidTo()).overlaps(from,
					to)) {
				errors.reject("parentId", "reference.unit.error.parentValidity");
			}
		}
		Bilingual.requireVietnamese(errors, "note", form.note(), form.noteEn());
		List<UnitSnapshot.Succession> successions = successions(id, form, errors);
		errors.throwIfAny();
		return successions;
	}

	private List<UnitSnapshot.Succession> successions(Long id, UnitForm form, InvalidFormException.Collector errors) {
		if (form.successors() == null) {
			return List.of();
		}
		UnitGraph graph = (id != null) ? graphWithout(id) : null;
		Set<Long> seen = new HashSet<>();
		List<UnitSnapshot.Succession> successions = new ArrayList<>();
		for (int i = 0; i < form.successors().size(); i++) {
			UnitForm.SuccessorForm row = form.successors().get(i);
			if (row == null || row.isBlank()) {
				continue;
			}
			String field = "successors[" + i + "].";
			long successor = row.unitId();
			if (id != null && successor == id) {
				errors.reject(field + "unitId", "reference.unit.error.successorSelf");
			}
			else if (!this.units.existsById(successor)) {
				errors.reject(field + "unitId", "reference.unit.error.successorUnknown");
			}
			else if (!seen.add(successor)) {
				errors.reject(field + "unitId", "reference.unit.error.successorTwice");
			}
			else if (graph != null && graph.leadsTo(successor, id)) {
				errors.reject(field + "unitId", "reference.unit.error.successorCycle");
			}
			if (row.share() == null) {
				errors.reject(field + "share", "reference.unit.error.shareRequired");
			}
			LocalDate effective = (row.effectiveDate() != null) ? row.effectiveDate()
					: (form.validTo() != null) ? form.validTo().plusDays(1) : null;
			if (effective == null) {
				errors.reject(field + "effectiveDate", "reference.unit.error.effectiveDateRequired");
			}
			successions.add(new UnitSnapshot.Succession(successor, row.share(), effective));
		}
		return successions;
	}

	/**
	 * The succession graph as stored, less the unit's own successions, which the form
	 * replaces.
	 */
	private UnitGraph graphWithout(long id) {
		List<long[]> edges = this.jdbc
			.sql("SELECT predecessor_id, successor_id FROM admin_unit_succession WHERE predecessor_id <> :id")
			.param("id", id)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		return new UnitGraph(this.reference.units(), edges);
	}

	private List<UnitSnapshot.Succession> currentSuccessors(long id) {
		return this.jdbc.sql("""
				SELECT successor_id, share, effective_date FROM admin_unit_succession WHERE predecessor_id = :id
				ORDER BY successor_id
				""")
			.param("id", id)
			.query((rs, row) -> new UnitSnapshot.Succession(rs.getLong("successor_id"),
					Share.valueOf(rs.getString("share")), rs.getObject("effective_date", LocalDate.class)))
			.list();
	}

	private void replaceSuccessors(long id, List<UnitSnapshot.Succession> successors) {
		this.jdbc.sql("DELETE FROM admin_unit_succession WHERE predecessor_id = :id").param("id", id).update();
		for (UnitSnapshot.Succession succession : successors) {
			this.jdbc.sql("""
					INSERT INTO admin_unit_succession (predecessor_id, successor_id, share, effective_date)
					VALUES (:predecessor, :successor, :share, :effective)
					""")
				.param("predecessor", id)
				.param("successor", succession.unitId())
				.param("share", succession.share().name())
				.param("effective", succession.effectiveDate())
				.update();
		}
	}

	/**
	 * The units on the other side of the unit's successions: {@code otherColumn} names
	 * them, {@code ownColumn} the unit.
	 */
	private List<SuccessionView> successions(String otherColumn, String ownColumn, long id) {
		return this.jdbc
			.sql("SELECT " + otherColumn + " AS other_id, share, effective_date FROM admin_unit_succession WHERE "
					+ ownColumn + " = :id")
			.param("id", id)
			.query((rs, row) -> new UnitSnapshot.Succession(rs.getLong("other_id"),
					Share.valueOf(rs.getString("share")), rs.getObject("effective_date", LocalDate.class)))
			.list()
			.stream()
			.flatMap(succession -> this.reference.unit(succession.unitId())
				.map(unit -> new SuccessionView(unit, succession.share(), succession.effectiveDate()))
				.stream())
			.sorted(Comparator.comparing((SuccessionView view) -> view.unit().name()))
			.toList();
	}

	private Where where(UnitFilter filter) {
		Where where = new Where().words("u.search_text", filter.q());
		where.andIf((filter.level() != null) ? filter.level().name() : null, "u.level = :level", "level");
		if (filter.validOn() != null) {
			where.and("(u.valid_from IS NULL OR u.valid_from <= :on) AND (u.valid_to IS NULL OR u.valid_to >= :on)",
					"on", filter.validOn());
		}
		if (filter.period() != null) {
			where.and("(u.valid_to IS NULL OR u.valid_to >= :periodStart)", "periodStart", filter.period().start());
			if (filter.period().end() != null) {
				where.and("(u.valid_from IS NULL OR u.valid_from <= :periodEnd)", "periodEnd", filter.period().end());
			}
		}
		where.andIf(filter.parentId(), "u.parent_id = :parent", "parent");
		return where;
	}

	private static UnitRow row(ResultSet rs, int row) throws SQLException {
		return new UnitRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
				UnitLevel.valueOf(rs.getString("level")), rs.getString("unit_type"),
				rs.getObject("parent_id", Long.class), rs.getString("parent_name"), rs.getString("parent_name_en"),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class));
	}

	private AdministrativeUnit load(long id) {
		return this.units.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	/** A unit's validity, inclusive, open at a null end. */
	private record Validity(long id, String name, LocalDate from, LocalDate to) {

		boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
			return (this.from == null || otherTo == null || !this.from.isAfter(otherTo))
					&& (this.to == null || otherFrom == null || !this.to.isBefore(otherFrom));
		}

	}

}
