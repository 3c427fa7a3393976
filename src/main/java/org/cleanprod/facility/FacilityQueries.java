package org.cleanprod.facility;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.cleanprod.places.Places;
import org.cleanprod.shared.listing.Listing;
import org.cleanprod.shared.listing.Sorting;
import org.cleanprod.shared.jdbc.Where;
import org.cleanprod.shared.security.Scope;
import org.cleanprod.shared.text.Texts;
import org.cleanprod.shared.listing.PageQuery;
import org.cleanprod.shared.listing.PageView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads of the facility list for pages, the API and exports: filter, scope, sort, page.
 */
@Component
public class FacilityQueries {

	public static final Sorting SORTING = Sorting.of("name", "f.id {dir}", Map.of("code", "f.code", "name", "f.name",
			"enterprise", "e.name", "sector", "f.sector_code", "employees", "f.employees", "updated", "f.updated_at"));

	private static final String FROM = " FROM facility f JOIN enterprise e ON e.id = f.enterprise_id";

	private static final String COLUMNS = "SELECT f.id, f.code, f.name, f.enterprise_id, e.name AS enterprise_name, "
			+ "e.tax_code, e.ownership, f.address, f.unit_id, f.zone_id, f.sector_code, f.main_products, f.employees, "
			+ "f.cp_potential, f.designated_energy_user, f.status, f.updated_at, c.name AS contact_name, "
			+ "c.job_title AS contact_title, c.phone AS contact_phone, c.email AS contact_email";

	private static final String WITH_CONTACT = " LEFT JOIN facility_contact c ON c.facility_id = f.id AND c.position_index = 0";

	private final JdbcClient jdbc;

	private final FacilityScope scope;

	private final Places reference;

	FacilityQueries(JdbcClient jdbc, FacilityScope scope, Places reference) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.reference = reference;
	}

	/**
	 * One page and the total. The first query finds the page's ids and, as a window
	 * count, the total, reading only the facility table (and enterprises when sorting by
	 * their name); the second fetches those rows with their enterprise and first contact.
	 */
	PageView<FacilityRow> page(FacilityFilter filter, PageQuery query, Scope scope, boolean english) {
		PageQuery page = SORTING.apply(query);
		Where where = where(filter, scope);
		String from = "enterprise".equals(page.sort()) ? FROM : " FROM facility f";
		long[] total = { 0 };
		List<Long> ids = this.jdbc
			.sql("SELECT f.id, COUNT(*) OVER () AS total_rows" + from + where.sql() + SORTING.orderBy(page)
					+ Listing.limit(page))
			.params(where.params())
			.query((rs, row) -> {
				total[0] = rs.getLong("total_rows");
				return rs.getLong("id");
			})
			.list();
		if (ids.isEmpty()) {
			return new PageView<>(List.of(), page, (page.page() > 1) ? count(filter, scope) : 0);
		}
		Map<Long, FacilityRow> rows = byIds(ids, english);
		return new PageView<>(ids.stream().map(rows::get).toList(), page, total[0]);
	}

	Map<Long, FacilityRow> byIds(Collection<Long> ids, boolean english) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql(COLUMNS + FROM + WITH_CONTACT + " WHERE f.id IN (:ids)")
			.param("ids", ids)
			.query((rs, row) -> row(rs, english))
			.stream()
			.collect(Collectors.toMap(FacilityRow::id, Function.identity()));
	}

	FacilityRow byId(long id, boolean english) {
		return this.jdbc.sql(COLUMNS + FROM + WITH_CONTACT + " WHERE f.id = :id")
			.param("id", id)
			.query((rs, row) -> row(rs, english))
			.single();
	}

	long count(FacilityFilter filter, Scope scope) {
		Where where = where(filter, scope);
		return this.jdbc.sql("SELECT COUNT(*)" + FROM + where.sql()).params(where.params()).query(Long.class).single();
	}

	/**
	 * Streams every facility the filter and scope select, in list order, to the consumer.
	 */
	void forEach(FacilityFilter filter, PageQuery order, Scope scope, boolean english, Consumer<FacilityRow> consumer) {
		Where where = where(filter, scope);
		try (Stream<FacilityRow> rows = this.jdbc
			.sql(COLUMNS + FROM + WITH_CONTACT + where.sql() + SORTING.orderBy(order))
			.params(where.params())
			.withFetchSize(500)
			.query((rs, row) -> row(rs, english))
			.stream()) {
			rows.forEach(consumer);
		}
	}

	private Where where(FacilityFilter filter, Scope scope) {
		Where where = new Where().words("f.search_text", filter.q());
		if (filter.unitId() != null) {
			where.in("f.unit_id", "units", this.reference.coveredBy(Set.of(filter.unitId())));
		}
		where.andIf(filter.zoneId(), "f.zone_id = :zone", "zone");
		where.andIf(filter.sectorCode(), "f.sector_code = :sector", "sector");
		where.andIf(filter.cpPotential(), "f.cp_potential = :cpPotential", "cpPotential");
		where.andIf(filter.designatedEnergyUser(), "f.designated_energy_user = :designated", "designated");
		where.andIf((filter.status() != null) ? filter.status().name() : null, "f.status = :status", "status");
		where.andIf(filter.enterpriseId(), "f.enterprise_id = :enterprise", "enterprise");
		return this.scope.restrict(where, scope);
	}

	private FacilityRow row(ResultSet rs, boolean english) throws SQLException {
		long unitId = rs.getLong("unit_id");
		Long zoneId = rs.getObject("zone_id", Long.class);
		String zoneName = (zoneId != null) ? this.reference.zone(zoneId).map(zone -> zone.name(english)).orElse(null)
				: null;
		return new FacilityRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				rs.getLong("enterprise_id"), rs.getString("enterprise_name"), rs.getString("tax_code"),
				Ownership.valueOf(rs.getString("ownership")), rs.getString("address"), unitId,
				this.reference.label(unitId, english), zoneId, zoneName, rs.getString("sector_code"),
				rs.getString("main_products"), rs.getObject("employees", Integer.class), rs.getBoolean("cp_potential"),
				rs.getBoolean("designated_energy_user"), FacilityStatus.valueOf(rs.getString("status")), contact(rs),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

	private static Contact contact(ResultSet rs) throws SQLException {
		String name = rs.getString("contact_name");
		return (name != null) ? new Contact(name, rs.getString("contact_title"), rs.getString("contact_phone"),
				rs.getString("contact_email")) : null;
	}

}
