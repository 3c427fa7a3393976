package org.cleanprod.places;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.time.Clock;

import org.cleanprod.shared.jdbc.RefreshingCache;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entry to places and organisations for pages, the API and other modules. Units,
 * zones, agencies and sectors change rarely and are read on every list request, so they
 * are kept in memory ({@link RefreshingCache}).
 */
@Service
@Transactional(readOnly = true)
public class Places {

	private static final Comparator<UnitView> BY_NAME = Comparator.comparing(UnitView::name);

	private final JdbcClient jdbc;

	private final RefreshingCache<Snapshot> cache;

	Places(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.cache = new RefreshingCache<>(this::load, clock);
	}

	public List<UnitView> units() {
		return this.cache.get().units();
	}

	public Optional<UnitView> unit(long id) {
		return Optional.ofNullable(this.cache.get().graph().unit(id));
	}

	public List<UnitView> children(long id) {
		UnitGraph graph = this.cache.get().graph();
		return graph.children(id).stream().map(graph::unit).sorted(BY_NAME).toList();
	}

	public List<UnitView> successors(long id) {
		UnitGraph graph = this.cache.get().graph();
		return graph.successors(id).stream().map(graph::unit).sorted(BY_NAME).toList();
	}

	public List<UnitView> predecessors(long id) {
		UnitGraph graph = this.cache.get().graph();
		return graph.predecessors(id).stream().map(graph::unit).sorted(BY_NAME).toList();
	}

	/**
	 * The ids of the units whose records count under any of the given units: the units,
	 * their descendants and their predecessors, transitively, and the units these became.
	 * Used by filters and data scopes.
	 */
	public Set<Long> coveredBy(Collection<Long> unitIds) {
		return this.cache.get().graph().coveredBy(unitIds);
	}

	/**
	 * The units a record placed in the given unit counts under: itself, ancestors,
	 * successors.
	 */
	public List<UnitView> reportingUnits(long unitId) {
		UnitGraph graph = this.cache.get().graph();
		return graph.reportingUnits(unitId).stream().map(graph::unit).toList();
	}

	/**
	 * "Phường Phú Cường, Thành phố Thủ Dầu Một": the unit with its ancestors below the
	 * province.
	 */
	public String label(long unitId, boolean english) {
		UnitGraph graph = this.cache.get().graph();
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
		return this.cache.get().zones();
	}

	public Optional<ZoneView> zone(long id) {
		return this.cache.get().zones().stream().filter(zone -> zone.id() == id).findFirst();
	}

	/** The ids of the zones managed by a board. */
	public Set<Long> zonesOfBoard(long boardId) {
		return this.cache.get()
			.zones()
			.stream()
			.filter(zone -> zone.boardId() != null && zone.boardId() == boardId)
			.map(ZoneView::id)
			.collect(java.util.stream.Collectors.toSet());
	}

	public List<AgencyView> agencies() {
		return this.cache.get().agencies();
	}

	public Optional<AgencyView> agency(long id) {
		return this.cache.get().agencies().stream().filter(agency -> agency.id() == id).findFirst();
	}

	public Optional<AgencyView> agencyByCode(String code) {
		return this.cache.get().agencies().stream().filter(agency -> agency.code().equals(code)).findFirst();
	}

	public List<SectorView> sectors() {
		return this.cache.get().sectors();
	}

	/** The manufacturing divisions (VSIC 10-33) that facilities are classified by. */
	public List<SectorView> divisions() {
		return this.cache.get().sectors().stream().filter(SectorView::isDivision).toList();
	}

	public Optional<SectorView> sector(String code) {
		return this.cache.get().sectors().stream().filter(sector -> sector.code().equals(code)).findFirst();
	}

	/** Called by every edit of places: see {@link RefreshingCache#changed()}. */
	public void changed() {
		this.cache.changed();
	}

	private record Snapshot(List<UnitView> units, UnitGraph graph, List<ZoneView> zones, List<AgencyView> agencies,
			List<SectorView> sectors) {
	}

	private Snapshot load() {
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
		return new Snapshot(units, new UnitGraph(units, successions), zones, agencies, sectors);
	}

}
