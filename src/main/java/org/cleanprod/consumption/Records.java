package org.cleanprod.consumption;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.cleanprod.shared.excel.RowOutcome;
import org.cleanprod.shared.units.MeasureUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Storage of single values: consumption (facility × resource × month), production
 * (product × month) and annual totals (facility × resource × year). Every change writes a
 * revision; saving the same value again changes nothing and writes none.
 */
@Component
class Records {

	private final JdbcClient jdbc;

	Records(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored quantity with its unit. */
	record Stored(BigDecimal quantity, MeasureUnit unit) {

		boolean sameAs(BigDecimal otherQuantity, MeasureUnit otherUnit) {
			return this.quantity.compareTo(otherQuantity) == 0 && this.unit == otherUnit;
		}

	}

	CellOutcome saveConsumption(long facility, String resource, YearMonth month, BigDecimal quantity, MeasureUnit unit,
			RecordSource source, String actor, Instant now) {
		Optional<Stored> current = this.jdbc.sql("""
				SELECT quantity, unit FROM consumption_record
				WHERE facility_id = :facility AND resource_code = :resource AND period_month = :month FOR UPDATE
				""")
			.param("facility", facility)
			.param("resource", resource)
			.param("month", month.atDay(1))
			.query((rs, row) -> new Stored(rs.getBigDecimal(1), MeasureUnit.valueOf(rs.getString(2))))
			.optional();
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
		if (outcome.changed()) {
			revision(RecordType.CONSUMPTION, facility, resource, month.toString(), current, quantity, unit, source,
					actor, now);
		}
		return outcome;
	}

	CellOutcome saveProduction(long facility, long product, YearMonth month, BigDecimal quantity, MeasureUnit unit,
			RecordSource source, String actor, Instant now) {
		Optional<Stored> current = this.jdbc.sql(
				"SELECT quantity FROM production_record WHERE product_id = :product AND period_month = :month FOR UPDATE")
			.param("product", product)
			.param("month", month.atDay(1))
			.query((rs, row) -> new Stored(rs.getBigDecimal(1), unit))
			.optional();
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
		if (outcome.changed()) {
			revision(RecordType.PRODUCTION, facility, productCode(product), month.toString(), current, quantity, unit,
					source, actor, now);
		}
		return outcome;
	}

	CellOutcome saveAnnual(long facility, String resource, int year, BigDecimal quantity, MeasureUnit unit,
			RecordSource source, String actor, Instant now) {
		Optional<Stored> current = this.jdbc.sql("""
				SELECT quantity, unit FROM annual_record
				WHERE facility_id = :facility AND resource_code = :resource AND period_year = :year FOR UPDATE
				""")
			.param("facility", facility)
			.param("resource", resource)
			.param("year", year)
			.query((rs, row) -> new Stored(rs.getBigDecimal(1), MeasureUnit.valueOf(rs.getString(2))))
			.optional();
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
		if (outcome.changed()) {
			revision(RecordType.ANNUAL, facility, resource, String.valueOf(year), current, quantity, unit, source,
					actor, now);
		}
		return outcome;
	}

	List<Revision> revisions(long facility, RecordType type, String item, String period) {
		return this.jdbc.sql("""
				SELECT * FROM record_revision
				WHERE facility_id = :facility AND record_type = :type AND item_code = :item AND period = :period
				ORDER BY changed_at DESC, id DESC
				""")
			.param("facility", facility)
			.param("type", type.name())
			.param("item", item)
			.param("period", period)
			.query((rs, row) -> new Revision(rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
					rs.getString("changed_by"), rs.getBigDecimal("old_quantity"), unit(rs.getString("old_unit")),
					rs.getBigDecimal("new_quantity"), unit(rs.getString("new_unit")),
					RecordSource.valueOf(rs.getString("source"))))
			.list();
	}

	static String productCode(long product) {
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
				    old_quantity, old_unit, new_quantity, new_unit, source)
				VALUES (:type, :facility, :item, :period, :now, :actor, :oldQuantity, :oldUnit, :newQuantity, :newUnit,
				    :source)
				""")
			.param("type", type.name())
			.param("facility", facility)
			.param("item", item)
			.param("period", period)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("actor", actor)
			.param("oldQuantity", old.map(Stored::quantity).orElse(null))
			.param("oldUnit", old.map(stored -> stored.unit().name()).orElse(null))
			.param("newQuantity", quantity)
			.param("newUnit", (quantity != null) ? unit.name() : null)
			.param("source", source.name())
			.update();
	}

	private static MeasureUnit unit(String name) {
		return (name != null) ? MeasureUnit.valueOf(name) : null;
	}

}
