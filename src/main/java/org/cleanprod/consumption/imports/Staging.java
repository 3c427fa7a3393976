package org.cleanprod.consumption.imports;

import org.cleanprod.consumption.RecordSource;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.cleanprod.shared.jdbc.Copy;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the checked rows of an import into the staging table in batches, with COPY where
 * the database is PostgreSQL. Must be used inside the import's transaction, whose
 * connection it borrows.
 */
final class Staging {

	static final int BATCH = 10_000;

	private static final List<String> COLUMNS = List.of("import_id", "row_no", "facility_id", "resource_code",
			"product_id", "period_month", "quantity", "unit", "source");

	/**
	 * One checked row: a resource row has a resource code, a production row a product id.
	 */
	record Line(int row, long facilityId, String resourceCode, Long productId, YearMonth month, BigDecimal quantity,
			String unit, RecordSource source) {
	}

	private final String importId;

	private final DataSource dataSource;

	private final boolean postgres;

	private final List<Object[]> pending = new ArrayList<>(BATCH);

	Staging(String importId, DataSource dataSource) {
		this.importId = importId;
		this.dataSource = dataSource;
		this.postgres = Copy.isPostgres(dataSource);
	}

	void add(Line line) {
		this.pending
			.add(new Object[] { this.importId, line.row(), line.facilityId(), line.resourceCode(), line.productId(),
					Date.valueOf(line.month().atDay(1)), line.quantity(), line.unit(), line.source().name() });
		if (this.pending.size() >= BATCH) {
			flush();
		}
	}

	void flush() {
		Copy.rows(this.dataSource, this.postgres, "consumption_staging", COLUMNS, this.pending);
		this.pending.clear();
	}

	/**
	 * Tells PostgreSQL's planner how many rows were staged. Autovacuum cannot count them
	 * before the import commits, and with the table taken for empty the planner once
	 * joined the staged rows to the records by repeated scans: a 300,000-row import ran
	 * for minutes instead of seconds. ANALYZE samples the transaction's own rows.
	 */
	void analyze() {
		if (this.postgres) {
			new JdbcTemplate(this.dataSource).execute("ANALYZE consumption_staging");
		}
	}

}
