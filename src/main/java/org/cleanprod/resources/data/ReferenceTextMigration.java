package org.cleanprod.resources.data;

import org.cleanprod.shared.jdbc.ReferenceFileMigration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.Context;

import org.springframework.stereotype.Component;

/**
 * Gives every text of the reference data that readers see a Vietnamese and an English
 * version (migration 24). Migrations 2.1 and 9.1 stored the shipped files' English
 * confidence, notes and units in columns that pages showed to every reader. From here on
 * such a column holds the Vietnamese text and its {@code _en} twin the English one, as
 * {@code name} and {@code name_en} always did; settings get names of their own.
 * <p>
 * A text is translated only when it is still exactly one the shipped files gave
 * ({@code texts_vi.csv}: English, Vietnamese): its English moves to the twin and its
 * translation takes its place. A text an administrator wrote since is kept as written, in
 * the Vietnamese column, since nothing says which language it is in.
 */
@Component
class ReferenceTextMigration extends ReferenceFileMigration {

	/** A column readers see, its size, and its English twin {@code <name>_en}. */
	record Column(String table, String name, int size) {

		String english() {
			return this.name + "_en";
		}

	}

	static final List<Column> COLUMNS = List.of(new Column("admin_unit", "confidence", 300),
			new Column("admin_unit", "note", 1000), new Column("agency", "confidence", 300),
			new Column("agency", "note", 1000), new Column("industrial_zone", "location_note", 500),
			new Column("industrial_zone", "area_note", 500), new Column("industrial_zone", "confidence", 300),
			new Column("industrial_zone", "note", 1000), new Column("sector", "confidence", 300),
			new Column("sector", "note", 1000), new Column("resource", "confidence", 300),
			new Column("resource", "note", 1000), new Column("conversion_factor", "confidence", 300),
			new Column("conversion_factor", "note", 1000), new Column("reference_setting", "unit", 50),
			new Column("reference_setting", "confidence", 300), new Column("reference_setting", "note", 1000));

	ReferenceTextMigration() {
		super("24", "reference vietnamese texts", "texts_vi.csv", "setting_names.csv");
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement ddl = connection.createStatement()) {
			for (Column column : COLUMNS) {
				ddl.execute("ALTER TABLE " + column.table() + " ADD COLUMN " + column.english() + " VARCHAR("
						+ column.size() + ")");
			}
			ddl.execute("ALTER TABLE reference_setting ADD COLUMN name VARCHAR(200)");
			ddl.execute("ALTER TABLE reference_setting ADD COLUMN name_en VARCHAR(200)");
		}
		Map<String, String> vietnamese = new HashMap<>();
		for (Map<String, String> row : rows("texts_vi.csv")) {
			vietnamese.put(row.get("en"), row.get("vi"));
		}
		for (Column column : COLUMNS) {
			translate(connection, column, vietnamese);
		}
		try (PreparedStatement update = connection
			.prepareStatement("UPDATE reference_setting SET name = ?, name_en = ? WHERE setting_key = ?")) {
			for (Map<String, String> row : rows("setting_names.csv")) {
				update.setString(1, row.get("name_vi"));
				update.setString(2, row.get("name_en"));
				update.setString(3, row.get("setting_key"));
				update.executeUpdate();
			}
		}
	}

	private static void translate(Connection connection, Column column, Map<String, String> vietnamese)
			throws SQLException {
		List<String> shipped = new ArrayList<>();
		try (Statement select = connection.createStatement();
				ResultSet texts = select.executeQuery("SELECT DISTINCT " + column.name() + " FROM " + column.table()
						+ " WHERE " + column.name() + " IS NOT NULL")) {
			while (texts.next()) {
				if (vietnamese.containsKey(texts.getString(1))) {
					shipped.add(texts.getString(1));
				}
			}
		}
		try (PreparedStatement update = connection
			.prepareStatement("UPDATE " + column.table() + " SET " + column.english() + " = " + column.name() + ", "
					+ column.name() + " = ? WHERE " + column.name() + " = ?")) {
			for (String english : shipped) {
				update.setString(1, vietnamese.get(english));
				update.setString(2, english);
				update.executeUpdate();
			}
		}
	}

}
