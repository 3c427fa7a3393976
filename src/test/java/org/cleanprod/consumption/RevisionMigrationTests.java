package org.cleanprod.consumption;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration from revisions that logged every entry to revisions that keep replaced
 * values only, on a database holding revisions of the earlier kind.
 */
class RevisionMigrationTests {

	@Test
	void replacedValuesKeepWhoEnteredThemAndFirstEntriesGo() {
		SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:mem:" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"sa", "");
		migrate(dataSource, "16");
		JdbcClient jdbc = JdbcClient.create(dataSource);
		revision(jdbc, "2024-01-01T08:00:00Z", "an", null, "100", "IMPORTED");
		revision(jdbc, "2024-02-01T08:00:00Z", "binh", "100", "120", "ENTERED");
		revision(jdbc, "2024-03-01T08:00:00Z", "chi", "120", null, "ENTERED");
		revision(jdbc, "2024-04-01T08:00:00Z", "dung", null, "130", "ESTIMATED");

		migrate(dataSource, "17");

		List<Map<String, Object>> rows = jdbc
			.sql("SELECT old_quantity, old_by, old_source, changed_by FROM record_revision ORDER BY changed_at")
			.query()
			.listOfRows();
		assertThat(rows).extracting(row -> row.get("old_by") + "→" + row.get("changed_by"))
			.containsExactly("an→binh", "binh→chi");
		assertThat(rows).extracting(row -> ((BigDecimal) row.get("old_quantity")).intValue()).containsExactly(100, 120);
	}

	private static void migrate(SimpleDriverDataSource dataSource, String target) {
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load().migrate();
	}

	private static void revision(JdbcClient jdbc, String at, String by, String oldQuantity, String newQuantity,
			String source) {
		jdbc.sql("""
				INSERT INTO record_revision (record_type, facility_id, item_code, period, changed_at, changed_by,
				    old_quantity, old_unit, new_quantity, new_unit, source)
				VALUES ('CONSUMPTION', 1, 'ELECTRICITY', '2023-12', CAST(:at AS TIMESTAMP WITH TIME ZONE), :by,
				    CAST(:old AS DECIMAL(20, 6)), 'kWh', CAST(:new AS DECIMAL(20, 6)), 'kWh', :source)
				""")
			.param("at", at)
			.param("by", by)
			.param("old", oldQuantity)
			.param("new", newQuantity)
			.param("source", source)
			.update();
	}

}
