package org.cleanprod.resources;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.cleanprod.shared.jdbc.RefreshingCache;
import org.cleanprod.shared.units.MeasureUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entry to resources, factors and settings for pages, the API and other modules. They
 * change rarely and are read on every conversion, so they are kept in memory
 * ({@link RefreshingCache}).
 */
@Service
@Transactional(readOnly = true)
public class Resources {

	private final JdbcClient jdbc;

	private final RefreshingCache<Snapshot> cache;

	Resources(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.cache = new RefreshingCache<>(this::load, clock);
	}

	/** Energy carriers, water and raw materials, in display order. */
	public List<ResourceView> resources() {
		return this.cache.get().resources();
	}

	public Optional<ResourceView> resource(String code) {
		return this.cache.get().resources().stream().filter(resource -> resource.code().equals(code)).findFirst();
	}

	/**
	 * The factors of one kind for a resource, every version used for new conversions
	 * (corrected ones left out), newest validity first.
	 */
	public List<FactorView> factors(String resourceCode, FactorKind kind) {
		return this.cache.get().factors().getOrDefault(resourceCode + "|" + kind, List.of());
	}

	/**
	 * A factor by id, superseded or not, read from the database: how a stored result
	 * shows the factor version it used.
	 */
	public Optional<FactorView> factor(long id) {
		return this.jdbc.sql("SELECT * FROM conversion_factor WHERE id = :id")
			.param("id", id)
			.query(Resources::factorView)
			.optional();
	}

	/**
	 * A reference setting (a legal threshold, a convention) as data, e.g.
	 * DESIGNATED_ENERGY_USER_TOE.
	 */
	public Optional<BigDecimal> setting(String key) {
		return Optional.ofNullable(this.cache.get().settings().get(key)).map(BigDecimal::new);
	}

	/**
	 * Called by every edit of resources, factors and settings: see
	 * {@link RefreshingCache#changed()}.
	 */
	public void changed() {
		this.cache.changed();
	}

	private record Snapshot(List<ResourceView> resources, Map<String, List<FactorView>> factors,
			Map<String, String> settings) {
	}

	private static FactorView factorView(ResultSet rs, int row) throws SQLException {
		return new FactorView(rs.getLong("id"), rs.getString("resource_code"), FactorKind.valueOf(rs.getString("kind")),
				MeasureUnit.valueOf(rs.getString("per_unit")), rs.getBigDecimal("factor_value"),
				rs.getBigDecimal("value_max"), rs.getObject("valid_from", java.time.LocalDate.class),
				rs.getObject("valid_to", java.time.LocalDate.class), rs.getBoolean("derived"),
				rs.getString("source_ids"), rs.getString("confidence"), rs.getString("confidence_en"),
				rs.getString("note"), rs.getString("note_en"));
	}

	private Snapshot load() {
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
			.query(Resources::factorView)
			.stream()
			.collect(Collectors.groupingBy(factor -> factor.resourceCode() + "|" + factor.kind()));
		Map<String, String> settings = new HashMap<>();
		this.jdbc.sql("SELECT setting_key, setting_value FROM reference_setting")
			.query((rs, row) -> settings.put(rs.getString(1), rs.getString(2)))
			.list();
		return new Snapshot(resources, factors, settings);
	}

}
