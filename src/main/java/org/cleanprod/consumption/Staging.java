package org.cleanprod.consumption;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Types;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes the checked rows of an import into the staging table in batches: with
 * PostgreSQL's COPY where the database is PostgreSQL, with JDBC batches elsewhere (H2).
 * Must be used inside the import's transaction, whose connection it borrows.
 */
final class Staging {

	static final int BATCH = 10_000;

	/**
	 * One checked row: a resource row has a resource code, a production row a product id.
	 */
	record Line(int row, long facilityId, String resourceCode, Long productId, YearMonth month, BigDecimal quantity,
			String unit, RecordSource source) {
	}

	private final String importId;

	private final DataSource dataSource;

	private final boolean postgres;

	private final List<Line> pending = new ArrayList<>(BATCH);

	Staging(String importId, DataSource dataSource) {
		this.importId = importId;
		this.dataSource = dataSource;
		this.postgres = isPostgres(dataSource);
	}

	void add(Line line) {
		this.pending.add(line);
		if (this.pending.size() >= BATCH) {
			flush();
		}
	}

	void flush() {
		if (this.pending.isEmpty()) {
			return;
		}
		if (this.postgres) {
			copy();
		}
		else {
			batch();
		}
		this.pending.clear();
	}

	private void copy() {
		StringBuilder csv = new StringBuilder(this.pending.size() * 64);
		for (Line line : this.pending) {
			csv.append(this.importId)
				.append(',')
				.append(line.row())
				.append(',')
				.append(line.facilityId())
				.append(',')
				.append((line.resourceCode() != null) ? line.resourceCode() : "")
				.append(',')
				.append((line.productId() != null) ? line.productId().toString() : "")
				.append(',')
				.append(line.month().atDay(1))
				.append(',')
				.append(line.quantity().toPlainString())
				.append(',')
				.append(line.unit())
				.append(',')
				.append(line.source().name())
				.append('\n');
		}
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY consumption_staging (import_id, row_no, facility_id, resource_code, product_id, period_month, "
						+ "quantity, unit, source) FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("COPY into the staging table failed", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	private void batch() {
		new JdbcTemplate(this.dataSource).batchUpdate(
				"""
						INSERT INTO consumption_staging (import_id, row_no, facility_id, resource_code, product_id, period_month,
						    quantity, unit, source)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
						""",
				this.pending, this.pending.size(), (statement, line) -> {
					statement.setString(1, this.importId);
					statement.setInt(2, line.row());
					statement.setLong(3, line.facilityId());
					statement.setString(4, line.resourceCode());
					if (line.productId() != null) {
						statement.setLong(5, line.productId());
					}
					else {
						statement.setNull(5, Types.BIGINT);
					}
					statement.setDate(6, Date.valueOf(line.month().atDay(1)));
					statement.setBigDecimal(7, line.quantity());
					statement.setString(8, line.unit());
					statement.setString(9, line.source().name());
				});
	}

	static boolean isPostgres(DataSource dataSource) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

}
