package org.cleanprod.reference;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.cleanprod.shared.units.MeasureUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The entry to reference data for pages, the API and other modules. Units, zones,
 * agencies and sectors change rarely and are read on every list request, so they are kept
 * in memory and reloaded after an edit here, or after {@link #CACHE_TIME} when another
 * node may have edited them.
 */
@Service
@Transactional(readOnly = true)
public class ReferenceService {

	static final Duration CACHE_TIME = Duration.ofSeconds(30);

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile Snapshot snapshot;

	ReferenceService(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public List<UnitView> units() {
		return snapshot().units();
	}

	public Optional<UnitView> unit(long id) {
		return Optional.ofNullable(snapshot().graph().unit(id));
	}

	public List<UnitView> children(long id) {
		UnitGraph graph = snapshot().graph();
		return graph.children(id).stream().map(graph::unit).sorted(BY_NAME).toList();
	}

	public List<UnitView> successors(long id) {
		UnitGraph graph = snapshot().graph();
		return graph.successors(id).stream().map(graph::unit).sorted(BY_NAME).toList();
	}

	public List<UnitView> predecessors(long id) {
		UnitGraph graph = snapshot().graph();
		return graph.predecessors(id).stream().map(graph::unit).sorted(BY_NAME).toList();
	}

	/**
	 * The ids of the units whose records count under any of the given units: the units,
	 * their descendants and their predecessors, transitively, and the units these became.
	 * Used by filters and data scopes.
	 */
	public Set<Long> coveredBy(Collection<Long> unitIds) {
		return snapshot().graph().coveredBy(unitIds);
	}

	/**
	 * The units a record placed in the given unit counts under: itself, ancestors,
	 * successors.
	 */
	public List<UnitView> reportingUnits(long unitId) {
		UnitGraph graph = snapshot().graph();
		return graph.reportingUnits(unitId).stream().map(graph::unit).toList();
	}

	/**
	 * "Phường Phú Cường, Thành phố Thủ Dầu Một": the unit with its ancestors below the
	 * province.
	 */
	public String label(long unitId, boolean english) {
		UnitGraph graph = snapshot().graph();
		StringBuilder label = new StringBuilder();
		for (UnitView unit = graph.unit(unitId); unit != null
				&& unit.level() != UnitLevel.PROVINCE; unit = (unit.parentId() != null) ? graph.unit(unit.parentId())
						: null) {
			if (!label.isEmpty()) {
				label.append(", ");
			}
			label.append(unit.name(english));
		}
		return label.toString();
	}

	public List<ZoneView> zones() {
		return snapshot().zones();
	}

	public Optional<ZoneView> zone(long id) {
		return snapshot().zones().stream().filter(zone -> zone.id() == id).findFirst();
	}

	/** The ids of the zones managed by a board. */
	public Set<Long> zonesOfBoard(long boardId) {
		return snapshot().zones()
			.stream()
			.filter(zone -> zone.boardId() != null && zone.boardId() == boardId)
			.map(ZoneView::id)
			.collect(java.util.stream.Collectors.toSet());
	}

	public List<AgencyView> agencies() {
		return snapshot().agencies();
	}

	public Optional<AgencyView> agency(long id) {
		return snapshot().agencies().stream().filter(agency -> agency.id() == id).findFirst();
	}

	public Optional<AgencyView> agencyByCode(String code) {
		return snapshot().agencies().stream().filter(agency -> agency.code().equals(code)).findFirst();
	}

	public List<SectorView> sectors() {
		return snapshot().sectors();
	}

	/** The manufacturing divisions (VSIC 10-33) that facilities are classified by. */
	public List<SectorView> divisions() {
		return snapshot().sectors().stream().filter(SectorView::isDivision).toList();
	}

	public Optional<SectorView> sector(String code) {
		return snapshot().sectors().stream().filter(sector -> sector.code().equals(code)).findFirst();
	}

	/** Energy carriers, water and raw materials, in display order. */
	public List<ResourceView> resources() {
		return snapshot().resources();
	}

	public Optional<ResourceView> resource(String code) {
		return snapshot().resources().stream().filter(resource -> resource.code().equals(code)).findFirst();
	}

	/**
	 * The factors of one kind for a resource, every version used for new conversions
	 * (corrected ones left out), newest validity first.
	 */
	public List<FactorView> factors(String resourceCode, FactorKind kind) {
		return snapshot().factors().getOrDefault(resourceCode + "|" + kind, List.of());
	}

	/**
	 * A factor by id, superseded or not, read from the database: how a stored result
	 * shows the factor version it used.
	 */
	public Optional<FactorView> factor(long id) {
		return this.jdbc.sql("SELECT * FROM conversion_factor WHERE id = :id")
			.param("id", id)
			.query(ReferenceService::factorView)
			.optional();
	}

	/**
	 * A reference setting (a legal threshold, a convention) as data, e.g.
	 * DESIGNATED_ENERGY_USER_TOE.
	 */
	public Optional<BigDecimal> setting(String key) {
		return Optional.ofNullable(snapshot().settings().get(key)).map(BigDecimal::new);
	}

	/** Forgets the cached reference data; the next read loads it again. */
	void invalidate() {
		this.snapshot = null;
	}

	/**
	 * Called by every edit of reference data: forgets the cache now, so the editing
	 * transaction reads its own change, and again when the transaction ends, so that a
	 * snapshot read meanwhile (by this transaction before a rollback, or by another
	 * request before the commit) is not kept.
	 */
	void changed() {
		invalidate();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					invalidate();
				}
			});
		}
	}

	private static final Comparator<UnitView> BY_NAME = Comparator.comparing(UnitView::name);

	private record Snapshot(Instant loadedAt, List<UnitView> units, UnitGraph graph, List<ZoneView> zones,
			List<AgencyView> agencies, List<SectorView> sectors, List<ResourceView> resources,
			Map<String, List<FactorView>> factors, Map<String, String> settings) {
	}

	private Snapshot snapshot() {
		Snapshot current = this.snapshot;
		Instant now = this.clock.instant();
		if (current == null || current.loadedAt().plus(CACHE_TIME).isBefore(now)) {
			current = load(now);
			this.snapshot = current;
		}
		return current;
	}

	private static FactorView factorView(ResultSet rs, int row) throws SQLException {
		return new FactorView(rs.getLong("id"), rs.getString("resource_code"), FactorKind.valueOf(rs.getString("kind")),
				MeasureUnit.valueOf(rs.getString("per_unit")), rs.getBigDecimal("factor_value"),
				rs.getBigDecimal("value_max"), rs.getObject("valid_from", java.time.LocalDate.class),
				rs.getObject("valid_to", java.time.LocalDate.class), rs.getBoolean("derived"),
				rs.getString("source_ids"), rs.getString("confidence"), rs.getString("confidence_en"),
				rs.getString("note"), rs.getString("note_en"));
	}

	private Snapshot load(Instant now) {
		List<UnitView> units = this.jdbc.sql("""
				SELECT id, code, name, name_en, level, unit_type, parent_id, valid_from, valid_to FROM admin_unit
				ORDER BY level, name
				""")
			.query((rs, row) -> new UnitView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					rs.getString("name_en"), UnitLevel.valueOf(rs.getString("level")), rs.getString("unit_type"),
					rs.getObject("parent_id", Long.class), rs.getObject("valid_from", java.time.LocalDate.class),
					rs.getObject("valid_to", java.time.LocalDate.class)))
			.list();
		List<long[]> successions = this.jdbc.sql("SELECT predecessor_id, successor_id FROM admin_unit_succession")
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		List<ZoneView> zones = this.jdbc
			.sql("SELECT id, name, name_en, kind, board_id, unit_id, active FROM industrial_zone ORDER BY name")
			.query((rs, row) -> new ZoneView(rs.getLong("id"), rs.getString("name"), rs.getString("name_en"),
					ZoneKind.valueOf(rs.getString("kind")), rs.getObject("board_id", Long.class),
					rs.getObject("unit_id", Long.class), rs.getBoolean("active")))
			.list();
		List<AgencyView> agencies = this.jdbc
			.sql("SELECT id, code, name, name_en, kind, active FROM agency ORDER BY kind, name")
			.query((rs, row) -> new AgencyView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					rs.getString("name_en"), AgencyKind.valueOf(rs.getString("kind")), rs.getBoolean("active")))
			.list();
		List<SectorView> sectors = this.jdbc
			.sql("SELECT code, level, section_code, name, name_en FROM sector ORDER BY level DESC, code")
			.query((rs, row) -> new SectorView(rs.getString("code"), rs.getString("level"),
					rs.getString("section_code"), rs.getString("name"), rs.getString("name_en")))
			.list();
		Map<String, Set<String>> resourceSectors = new HashMap<>();
		this.jdbc.sql("SELECT resource_code, sector_code FROM resource_sector")
			.query((rs, row) -> resourceSectors.computeIfAbsent(rs.getString(1), code -> new HashSet<>())
				.add(rs.getString(2)))
			.list();
		List<ResourceView> resources = this.jdbc.sql("SELECT * FROM resource ORDER BY sort_order, code")
			.query((rs, row) -> new ResourceView(rs.getString("code"), ResourceKind.valueOf(rs.getString("kind")),
					rs.getString("carrier_group"), rs.getString("name"), rs.getString("name_en"),
					MeasureUnit.valueOf(rs.getString("base_unit")),
					Arrays.stream(rs.getString("accepted_units").split(";")).map(MeasureUnit::valueOf).toList(),
					rs.getBigDecimal("density_t_per_m3"), rs.getBoolean("biogenic"), rs.getBoolean("active"),
					rs.getInt("sort_order"), Set.copyOf(resourceSectors.getOrDefault(rs.getString("code"), Set.of()))))
			.list();
		Map<String, List<FactorView>> factors = this.jdbc.sql("""
				SELECT * FROM conversion_factor WHERE superseded_by IS NULL
				ORDER BY resource_code, kind, valid_from DESC NULLS LAST, id
				""")
			.query(ReferenceService::factorView)
			.stream()
			.collect(Collectors.groupingBy(factor -> factor.resourceCode() + "|" + factor.kind()));
		Map<String, String> settings = new HashMap<>();
		this.jdbc.sql("SELECT setting_key, setting_value FROM reference_setting")
			.query((rs, row) -> settings.put(rs.getString(1), rs.getString(2)))
			.list();
		return new Snapshot(now, units, new UnitGraph(units, successions), zones, agencies, sectors, resources, factors,
				settings);
	}

}
