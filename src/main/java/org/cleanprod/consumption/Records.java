package org.cleanprod.consumption;

import org.cleanprod.consumption.web.CellOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cleanprod.shared.excel.RowOutcome;
import org.cleanprod.shared.units.MeasureUnit;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Storage of single values: consumption (facility × resource × month), production
 * (product × month) and annual totals (facility × resource × year). Every change writes a
 * revision; saving the same value again changes nothing and writes none.
 */
@Component
public class Records {

	/**
	 * The decimals a quantity column keeps (DECIMAL(20, 6)): 14 digits before the mark
	 * and 6 after.
	 */
	public static final int SCALE = 6;

	private static final int INTEGER_DIGITS = 14;

	private final JdbcClient jdbc;

	Records(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether a quantity has more digits than its column keeps. */
	public static boolean tooPrecise(BigDecimal quantity) {
		return quantity.precision() - quantity.scale() > INTEGER_DIGITS || quantity.scale() > SCALE;
	}

	/** A stored quantity with its unit, and who entered it, when and how. */
	record Stored(BigDecimal quantity, MeasureUnit unit, String by, OffsetDateTime at, String source) {

		boolean sameAs(BigDecimal otherQuantity, MeasureUnit otherUnit) {
			return this.quantity.compareTo(otherQuantity) == 0 && this.unit == otherUnit;
		}

	}

	CellOutcome saveConsumption(long facility, String resource, YearMonth month, BigDecimal quantity, MeasureUnit unit,
			RecordSource source, String actor, Instant now) {
		Optional<Stored> current = locked("""
				SELECT quantity, unit, updated_by, updated_at, source FROM consumption_record
				WHERE facility_id = :facility AND resource_code = :resource AND period_month = :month FOR UPDATE
				""", facility, resource, month.atDay(1), Records::stored);
		CellOutcome outcome = write(current, quantity, unit,
				() -> this.jdbc
					.sql("""
							INSERT INTO consumption_record (facility_id, resource_code, period_month, quantity, unit, source, updated_at,
							    updated_by)
							VALUES (:facility, :resource, :month, :quantity, :unit, :source, :now, :actor)
							"""),
				() -> this.jdbc
					.sql("""
							UPDATE consumption_record SET quantity = :quantity, unit = :unit, source = :source, updated_at = :now,
							    updated_by = :actor
							WHERE facility_id = :facility AND resource_code = :resource AND period_month = :month
							"""),
				() -> this.jdbc.sql("""
						DELETE FROM consumption_record
						WHERE facility_id = :facility AND resource_code = :resource AND period_month = :month
						"""), facility, resource, month.atDay(1), source, actor, now);
		if (outcome.changed() && current.isPresent()) {
			revision(RecordType.CONSUMPTION, facility, resource, month.toString(), current, quantity, unit, source,
					actor, now);
		}
		return outcome;
	}

	CellOutcome saveProduction(long facility, long product, YearMonth month, BigDecimal quantity, MeasureUnit unit,
			RecordSource source, String actor, Instant now) {
		Optional<Stored> current = locked("""
				SELECT quantity, updated_by, updated_at, source FROM production_record
				WHERE product_id = :resource AND period_month = :month FOR UPDATE
				""", facility, product, month.atDay(1), (rs, row) -> new Stored(rs.getBigDecimal(1), unit,
				rs.getString(2), rs.getObject(3, OffsetDateTime.class), rs.getString(4)));
		CellOutcome outcome = write(current, quantity, unit, () -> this.jdbc.sql("""
				INSERT INTO production_record (facility_id, product_id, period_month, quantity, source, updated_at,
				    updated_by)
				VALUES (:facility, :resource, :month, :quantity, :source, :now, :actor)
				"""),
				() -> this.jdbc
					.sql("""
							UPDATE production_record SET quantity = :quantity, source = :source, updated_at = :now, updated_by = :actor
							WHERE product_id = :resource AND period_month = :month AND facility_id = :facility
							"""),
				() -> this.jdbc.sql("""
						DELETE FROM production_record WHERE product_id = :resource AND period_month = :month
						    AND facility_id = :facility
						"""), facility, product, month.atDay(1), source, actor, now);
		if (outcome.changed() && current.isPresent()) {
			revision(RecordType.PRODUCTION, facility, productCode(product), month.toString(), current, quantity, unit,
					source, actor, now);
		}
		return outcome;
	}

	CellOutcome saveAnnual(long facility, String resource, int year, BigDecimal quantity, MeasureUnit unit,
			RecordSource source, String actor, Instant now) {
		Optional<Stored> current = locked("""
				SELECT quantity, unit, updated_by, updated_at, source FROM annual_record
				WHERE facility_id = :facility AND resource_code = :resource AND period_year = :month FOR UPDATE
				""", facility, resource, year, Records::stored);
		CellOutcome outcome = write(current, quantity, unit, () -> this.jdbc.sql("""
				INSERT INTO annual_record (facility_id, resource_code, period_year, quantity, unit, source, updated_at,
				    updated_by)
				VALUES (:facility, :resource, :month, :quantity, :unit, :source, :now, :actor)
				"""), () -> this.jdbc.sql("""
				UPDATE annual_record SET quantity = :quantity, unit = :unit, source = :source, updated_at = :now,
				    updated_by = :actor
				WHERE facility_id = :facility AND resource_code = :resource AND period_year = :month
				"""), () -> this.jdbc.sql("""
				DELETE FROM annual_record WHERE facility_id = :facility AND resource_code = :resource
				    AND period_year = :month
				"""), facility, resource, year, source, actor, now);
		if (outcome.changed() && current.isPresent()) {
			revision(RecordType.ANNUAL, facility, resource, String.valueOf(year), current, quantity, unit, source,
					actor, now);
		}
		return outcome;
	}

	/**
	 * The versions of one value, newest first: the value in force (when there is one) and
	 * every value it replaced.
	 */
	List<ValueVersion> versions(long facility, RecordType type, String item, String period) {
		List<ValueVersion> versions = new ArrayList<>();
		current(facility, type, item, period).ifPresent(versions::add);
		this.jdbc.sql("""
				SELECT * FROM record_revision
				WHERE facility_id = :facility AND record_type = :type AND item_code = :item AND period = :period
				ORDER BY changed_at DESC, id DESC
				""")
			.param("facility", facility)
			.param("type", type.name())
			.param("item", item)
			.param("period", period)
			.query((rs, row) -> new ValueVersion(rs.getBigDecimal("old_quantity"), unit(rs.getString("old_unit")),
					source(rs.getString("old_source")), rs.getString("old_by"),
					rs.getObject("old_at", OffsetDateTime.class).toInstant(), rs.getString("changed_by"),
					rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
					rs.getBigDecimal("new_quantity") == null))
			.list()
			.forEach(versions::add);
		return versions;
	}

	private Optional<ValueVersion> current(long facility, RecordType type, String item, String period) {
		String sql = switch (type) {
			case CONSUMPTION -> """
					SELECT quantity, unit, source, updated_by, updated_at FROM consumption_record
					WHERE facility_id = :facility AND resource_code = :item AND period_month = CAST(:period AS DATE)
					""";
			case PRODUCTION -> """
					SELECT r.quantity, p.unit, r.source, r.updated_by, r.updated_at FROM production_record r
					JOIN product p ON p.id = r.product_id
					WHERE r.facility_id = :facility AND CONCAT('P', CAST(r.product_id AS VARCHAR(20))) = :item
					    AND r.period_month = CAST(:period AS DATE)
					""";
			case ANNUAL ->
				"""
						SELECT quantity, unit, source, updated_by, updated_at FROM annual_record
						WHERE facility_id = :facility AND resource_code = :item AND CAST(period_year AS VARCHAR(4)) = :period
						""";
		};
		String day = (type == RecordType.ANNUAL) ? period : period + "-01";
		return this.jdbc.sql(sql)
			.param("facility", facility)
			.param("item", item)
			.param("period", day)
			.query((rs, row) -> new ValueVersion(rs.getBigDecimal(1), MeasureUnit.valueOf(rs.getString(2)),
					RecordSource.valueOf(rs.getString(3)), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class).toInstant(), null, null, false))
			.optional();
	}

	/**
	 * The stored value, locked until the write: the select names its parameters as the
	 * writes do (facility, resource for the item, month for the period).
	 */
	private Optional<Stored> locked(String select, long facility, Object item, Object period,
			RowMapper<Stored> stored) {
		return this.jdbc.sql(select)
			.param("facility", facility)
			.param("resource", item)
			.param("month", period)
			.query(stored)
			.optional();
	}

	private static Stored stored(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Stored(rs.getBigDecimal(1), MeasureUnit.valueOf(rs.getString(2)), rs.getString(3),
				rs.getObject(4, OffsetDateTime.class), rs.getString(5));
	}

	public static String productCode(long product) {
		return "P" + product;
	}

	@FunctionalInterface
	private interface Statement {

		JdbcClient.StatementSpec sql();

	}

	/**
	 * Inserts, updates or deletes one value (a null quantity clears it) and says which it
	 * did. The three statements share their parameter names: facility, resource (the
	 * item), month (the period), quantity, unit, source, now and actor.
	 */
	private static CellOutcome write(Optional<Stored> current, BigDecimal quantity, MeasureUnit unit, Statement insert,
			Statement update, Statement delete, long facility, Object item, Object period, RecordSource source,
			String actor, Instant now) {
		if (quantity == null) {
			if (current.isEmpty()) {
				return CellOutcome.UNCHANGED;
			}
			delete.sql().param("facility", facility).param("resource", item).param("month", period).update();
			return new CellOutcome(RowOutcome.UPDATE, true);
		}
		if (current.isPresent() && current.get().sameAs(quantity, unit)) {
			return CellOutcome.UNCHANGED;
		}
		Statement statement = current.isPresent() ? update : insert;
		statement.sql()
			.param("facility", facility)
			.param("resource", item)
			.param("month", period)
			.param("quantity", quantity)
			.param("unit", unit.name())
			.param("source", source.name())
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("actor", actor)
			.update();
		return new CellOutcome(current.isPresent() ? RowOutcome.UPDATE : RowOutcome.INSERT, false);
	}

	private void revision(RecordType type, long facility, String item, String period, Optional<Stored> old,
			BigDecimal quantity, MeasureUnit unit, RecordSource source, String actor, Instant now) {
		this.jdbc.sql("""
				INSERT INTO record_revision (record_type, facility_id, item_code, period, changed_at, changed_by,
				    old_quantity, old_unit, old_by, old_at, old_source, new_quantity, new_unit, source)
				VALUES (:type, :facility, :item, :period, :now, :actor, :oldQuantity, :oldUnit, :oldBy, :oldAt,
				    :oldSource, :newQuantity, :newUnit, :source)
				""")
			.param("type", type.name())
			.param("facility", facility)
			.param("item", item)
			.param("period", period)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("actor", actor)
			.param("oldQuantity", old.map(Stored::quantity).orElse(null))
			.param("oldUnit", old.map(stored -> stored.unit().name()).orElse(null))
			.param("oldBy", old.map(Stored::by).orElse(null))
			.param("oldAt", old.map(Stored::at).orElse(null))
			.param("oldSource", old.map(Stored::source).orElse(null))
			.param("newQuantity", quantity)
			.param("newUnit", (quantity != null) ? unit.name() : null)
			.param("source", source.name())
			.update();
	}

	private static MeasureUnit unit(String name) {
		return (name != null) ? MeasureUnit.valueOf(name) : null;
	}

	private static RecordSource source(String name) {
		return (name != null) ? RecordSource.valueOf(name) : null;
	}

}
