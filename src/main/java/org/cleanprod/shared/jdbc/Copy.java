package org.cleanprod.shared.jdbc;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Bulk writing of rows: PostgreSQL's COPY where the database is PostgreSQL (several times
 * faster than batched INSERTs), batched INSERTs elsewhere (H2). Uses the connection of
 * the current transaction.
 */
public final class Copy {

	private Copy() {
	}

	public static boolean isPostgres(DataSource dataSource) {
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

	/**
	 * Writes the rows into the table's columns. Values are written as their text
	 * (decimals in plain notation); null is NULL.
	 */
	public static void rows(DataSource dataSource, boolean postgres, String table, List<String> columns,
			List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		if (!postgres) {
			String placeholders = String.join(", ", columns.stream().map(column -> "?").toList());
			new JdbcTemplate(dataSource).batchUpdate(
					"INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + placeholders + ")",
					rows);
			return;
		}
		StringBuilder csv = new StringBuilder(rows.size() * 16 * columns.size());
		for (Object[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				if (i > 0) {
					csv.append(',');
				}
				appendCsv(csv, row[i]);
			}
			csv.append('\n');
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT csv)",
						new StringReader(csv.toString()));
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("COPY into " + table + " failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static void appendCsv(StringBuilder csv, Object value) {
		if (value == null) {
			return;
		}
		String text = (value instanceof BigDecimal decimal) ? decimal.toPlainString() : value.toString();
		if (text.isEmpty() || text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0) {
			csv.append('"').append(text.replace("\"", "\"\"")).append('"');
		}
		else {
			csv.append(text);
		}
	}

}
