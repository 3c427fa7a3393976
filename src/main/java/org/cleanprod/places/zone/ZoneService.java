package org.cleanprod.places.zone;

import org.cleanprod.shared.provenance.Provenance;
import org.cleanprod.places.AgencyKind;
import org.cleanprod.places.AgencyView;
import org.cleanprod.places.UnitView;
import org.cleanprod.places.ZoneKind;
import org.cleanprod.places.unit.UnitService;
import org.cleanprod.places.Places;
import org.cleanprod.shared.i18n.Bilingual;
import org.cleanprod.shared.provenance.Sources;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.cleanprod.shared.audit.AuditEntry;
import org.cleanprod.shared.audit.AuditLog;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.listing.Listing;
import org.cleanprod.shared.listing.Sorting;
import org.cleanprod.shared.jdbc.Where;
import org.cleanprod.shared.text.Texts;
import org.cleanprod.shared.web.StaleEditException;
import org.cleanprod.shared.web.InvalidFormException;
import org.cleanprod.shared.web.NotFoundException;
import org.cleanprod.shared.listing.PageQuery;
import org.cleanprod.shared.listing.PageView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Browsing and editing industrial zones and clusters. A zone's board must be an agency of
 * kind {@link AgencyKind#ZONE_BOARD}; every change writes its audit row in the same
 * transaction and refreshes {@link Places}.
 */
@Service
@Transactional(readOnly = true)
public class ZoneService {

	public static final String ENTITY = "industrial_zone";

	public static final Sorting SORTING = Sorting.of("name", "z.name, z.id",
			Map.of("name", "z.name", "kind", "z.kind", "board", "a.name", "area", "z.area_ha"));

	private static final String COLUMNS = "SELECT z.id, z.name, z.name_en, z.kind, z.board_id, a.name AS board_name, "
			+ "a.name_en AS board_name_en, z.unit_id, z.area_ha, z.active";

	private static final String FROM = " FROM industrial_zone z LEFT JOIN agency a ON a.id = z.board_id";

	private final IndustrialZoneRepository zones;

	private final Places reference;

	private final Sources catalog;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final Listing list;

	ZoneService(IndustrialZoneRepository zones, Places reference, Sources catalog, AuditLog audit, JdbcClient jdbc) {
		this.zones = zones;
		this.reference = reference;
		this.catalog = catalog;
		this.audit = audit;
		this.jdbc = jdbc;
		this.list = new Listing(jdbc, COLUMNS, FROM, SORTING);
	}

	public PageView<ZoneRow> search(ZoneFilter filter, PageQuery page, boolean english) {
		return this.list.page(where(filter), page, (rs, row) -> row(rs, english));
	}

	/** Every zone the filter selects, in the list's order, for exports. */
	public void forEach(ZoneFilter filter, PageQuery order, boolean english, Consumer<ZoneRow> consumer) {
		this.list.forEach(where(filter), order, (rs, row) -> row(rs, english), consumer);
	}

	/**
	 * A zone with everything its page shows; confidence and note only {@code withNotes}.
	 */
	public ZoneDetails details(long id, boolean withNotes, boolean english) {
		IndustrialZone zone = load(id);
		AgencyView board = (zone.getBoardId() != null) ? this.reference.agency(zone.getBoardId()).orElse(null) : null;
		UnitView unit = (zone.getUnitId() != null) ? this.reference.unit(zone.getUnitId()).orElse(null) : null;
		Provenance shown = zone.getProvenance().shownIf(withNotes);
		return new ZoneDetails(zone.getId(), zone.getName(), zone.getNameEn(), zone.getKind(), board, unit,
				(unit != null) ? this.reference.label(unit.id(), english) : null, zone.getAreaHa(),
				zone.getLocationNote(), zone.getLocationNoteEn(), zone.getAreaNote(), zone.getAreaNoteEn(),
				zone.isActive(), this.catalog.sources(zone.getProvenance().sourceIds()), shown.confidence(),
				shown.confidenceEn(), shown.note(), shown.noteEn(), zone.getVersion());
	}

	ZoneForm form(long id) {
		return ZoneForm.of(load(id));
	}

	@Transactional
	long create(ZoneForm form, CurrentUser actor) {
		check(form);
		IndustrialZone zone = new IndustrialZone(form.name().strip(), form.kind());
		zone.apply(form);
		this.zones.saveAndFlush(zone);
		this.audit.created(actor, ENTITY, zone.getId(), ZoneSnapshot.of(zone));
		this.reference.changed();
		return zone.getId();
	}

	/** Updates a zone; a stale version is refused. True when anything changed. */
	@Transactional
	boolean update(long id, ZoneForm form, CurrentUser actor) {
		IndustrialZone zone = load(id);
		StaleEditException.check(form.version(), zone.getVersion());
		check(form);
		ZoneSnapshot before = ZoneSnapshot.of(zone);
		if (!zone.apply(form)) {
			return false;
		}
		this.zones.saveAndFlush(zone);
		this.audit.updated(actor, ENTITY, id, before, ZoneSnapshot.of(zone));
		this.reference.changed();
		return true;
	}

	List<AuditEntry> history(long id) {
		load(id);
		return this.audit.history(ENTITY, id);
	}

	private void check(ZoneForm form) {
		InvalidFormException.Collector errors = new InvalidFormException.Collector();
		if (form.boardId() != null) {
			Optional<AgencyKind> kind = this.jdbc.sql("SELECT kind FROM agency WHERE id = :id")
				.param("id", form.boardId())
				.query((rs, row) -> AgencyKind.valueOf(rs.getString(1)))
				.optional();
			if (kind.filter(AgencyKind.ZONE_BOARD::equals).isEmpty()) {
				errors.reject("boardId", "reference.zone.error.boardNotZoneBoard");
			}
		}
		if (form.unitId() != null && this.reference.unit(form.unitId()).isEmpty()) {
			errors.reject("unitId", "reference.zone.error.unitUnknown");
		}
		Bilingual.requireVietnamese(errors, "locationNote", form.locationNote(), form.locationNoteEn());
		Bilingual.requireVietnamese(errors, "note", form.note(), form.noteEn());
		errors.throwIfAny();
	}

	private Where where(ZoneFilter filter) {
		Where where = new Where().words("z.search_text", filter.q());
		where.andIf(filter.boardId(), "z.board_id = :board", "board");
		where.andIf((filter.kind() != null) ? filter.kind().name() : null, "z.kind = :kind", "kind");
		where.andIf(filter.active(), "z.active = :active", "active");
		return where;
	}

	private ZoneRow row(ResultSet rs, boolean english) throws SQLException {
		Long unitId = rs.getObject("unit_id", Long.class);
		return new ZoneRow(rs.getLong("id"), rs.getString("name"), rs.getString("name_en"),
				ZoneKind.valueOf(rs.getString("kind")), rs.getObject("board_id", Long.class),
				rs.getString("board_name"), rs.getString("board_name_en"), unitId,
				(unitId != null) ? this.reference.label(unitId, english) : null,
				rs.getObject("area_ha", BigDecimal.class), rs.getBoolean("active"));
	}

	private IndustrialZone load(long id) {
		return this.zones.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

}
