package org.cleanprod.places.data;

import org.cleanprod.places.unit.AdministrativeUnit;
import org.cleanprod.places.zone.IndustrialZone;
import org.cleanprod.shared.jdbc.ReferenceFileMigration;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cleanprod.shared.text.Texts;
import org.flywaydb.core.api.migration.Context;

import org.springframework.stereotype.Component;

/**
 * Loads the reference data set shipped under {@code /reference} (see its SOURCES.md): the
 * Binh Duong administrative units of 2016-2025, the commune-level units of Ho Chi Minh
 * City that replaced them on 1 July 2025 with their many-to-many successions, agencies
 * named in the 2016 CP plan, industrial zones and VSIC 2018 sectors. Each row keeps its
 * source ids and confidence. Runs once, as Flyway migration 2.1; later corrections are
 * made in the application (audited) or by new migrations.
 */
@Component
public class ReferenceDataMigration extends ReferenceFileMigration {

	public static final LocalDate REORGANISATION = LocalDate.of(2025, 7, 1);

	private static final String[] FILES = { "binh_duong_units_2016.csv", "binh_duong_communes_pre2025.csv",
			"binh_duong_communes_2025.csv", "agencies.csv", "binh_duong_industrial_parks.csv", "vsic2018_sections.csv",
			"vsic2018_manufacturing_divisions.csv" };

	/** "Phường Hiệp Thành (Thành phố Thủ Dầu Một; một phần)". */
	private static final Pattern PREDECESSOR = Pattern.compile("(.+?)\\s*\\((.+?);\\s*(toàn bộ|một phần)\\)");

	private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

	ReferenceDataMigration() {
		super("2.1", "reference data", FILES);
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		LocalDate lastDay = REORGANISATION.minusDays(1);
		long province = insertUnit(connection,
				new UnitRow("74", "Tỉnh Bình Dương", "Binh Duong Province", "PROVINCE", "Tỉnh", null, null, lastDay,
						null, "S-BD1;S-BD7", "confirmed",
						"Merged into Thành phố Hồ Chí Minh from 1 July 2025 (Nghị quyết 202/2025/QH15)."));
		long city = insertUnit(connection,
				new UnitRow("79", "Thành phố Hồ Chí Minh", "Ho Chi Minh City", "PROVINCE", "Thành phố", null,
						REORGANISATION, null, "Nghị quyết 202/2025/QH15", "S-BD7", "confirmed",
						"Only the territory of the former Binh Duong Province is loaded."));
		insertSuccession(connection, province, city, "WHOLE");

		Map<String, Long> districts = new HashMap<>();
		Map<String, String> districtNames = districtOfficialNames();
		for (Map<String, String> row : rows("binh_duong_units_2016.csv")) {
			String code = row.get("district_code_gso");
			String officialName = districtNames.getOrDefault(code, row.get("name_vi"));
			districts.put(code,
					insertUnit(connection,
							new UnitRow(code, officialName, row.get("name_en"), "DISTRICT", typeOf(officialName),
									province, null, lastDay, null, row.get("source_ids"), row.get("confidence"),
									joinNotes(row.get("type_change_after_2019"), row.get("status_from_2025_07_01")))));
		}

		Map<String, Long> oldCommunes = new HashMap<>();
		for (Map<String, String> row : rows("binh_duong_communes_pre2025.csv")) {
			String name = row.get("commune_name_vi");
			long id = insertUnit(connection,
					new UnitRow(row.get("commune_code_gso"), name, null, "COMMUNE", row.get("commune_type_vi"),
							districts.get(row.get("district_code_gso")), null, lastDay, null, "S-BD1;S-BD7",
							"confirmed", "Listed as of " + row.get("data_date") + "."));
			oldCommunes.put(key(name, row.get("district_name_vi")), id);
		}

		for (Map<String, String> row : rows("binh_duong_communes_2025.csv")) {
			String name = row.get("new_name_vi");
			long id = insertUnit(connection,
					new UnitRow(row.get("new_code_gso"), name, null, "COMMUNE", capitalise(row.get("new_type_vi")),
							city, LocalDate.parse(row.get("effective_date")), null, row.get("legal_basis"), "S-BD7",
							"confirmed", null));
			for (String part : row.get("formed_from_old_units(old district; full/partial)").split("\\|")) {
				Matcher matcher = PREDECESSOR.matcher(part.strip());
				if (!matcher.matches()) {
					throw new IllegalStateException("Unreadable predecessor of " + name + ": " + part);
				}
				Long predecessor = oldCommunes.get(key(matcher.group(1), matcher.group(2)));
				if (predecessor == null) {
					throw new IllegalStateException("Unknown predecessor of " + name + ": " + part);
				}
				insertSuccession(connection, predecessor, id, "toàn bộ".equals(matcher.group(3)) ? "WHOLE" : "PART");
			}
		}

		Map<String, Long> agencies = new HashMap<>();
		for (Map<String, String> row : rows("agencies.csv")) {
			agencies.put(row.get("code"), insertAgency(connection, row));
		}
		for (Map<String, String> row : rows("binh_duong_industrial_parks.csv")) {
			insertZone(connection, row, agencies);
		}
		for (Map<String, String> row : rows("vsic2018_sections.csv")) {
			insertSector(connection, row.get("section_code"), "SECTION", row.get("section_code"), row.get("name_vi"),
					row.get("name_en_isic_rev4"), row.get("source_ids"), row.get("confidence"), null);
		}
		for (Map<String, String> row : rows("vsic2018_manufacturing_divisions.csv")) {
			insertSector(connection, row.get("division_code"), "DIVISION", row.get("section_code"), row.get("name_vi"),
					row.get("name_en_isic_rev4"), row.get("source_ids"), row.get("confidence"), row.get("note"));
		}
	}

	/**
	 * District names as officially written in the 2025 snapshot ("Thành phố Thủ Dầu
	 * Một").
	 */
	private static Map<String, String> districtOfficialNames() {
		Map<String, String> names = new HashMap<>();
		for (Map<String, String> row : rows("binh_duong_communes_pre2025.csv")) {
			names.put(row.get("district_code_gso"), row.get("district_name_vi"));
		}
		return names;
	}

	private record UnitRow(String code, String name, String nameEn, String level, String type, Long parentId,
			LocalDate validFrom, LocalDate validTo, String legalBasis, String sourceIds, String confidence,
			String note) {
	}

	private static long insertUnit(Connection connection, UnitRow unit) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO admin_unit (code, name, name_en, level, unit_type, parent_id, valid_from, valid_to,
				    legal_basis, source_ids, confidence, note, search_text)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", Statement.RETURN_GENERATED_KEYS)) {
			insert.setString(1, unit.code());
			insert.setString(2, unit.name());
			insert.setString(3, unit.nameEn());
			insert.setString(4, unit.level());
			insert.setString(5, unit.type());
			setLong(insert, 6, unit.parentId());
			insert.setObject(7, unit.validFrom(), Types.DATE);
			insert.setObject(8, unit.validTo(), Types.DATE);
			insert.setString(9, unit.legalBasis());
			insert.setString(10, unit.sourceIds());
			insert.setString(11, unit.confidence());
			insert.setString(12, Texts.blankToNull(unit.note()));
			insert.setString(13, AdministrativeUnit.searchText(unit.code(), unit.name(), unit.nameEn()));
			insert.executeUpdate();
			return generatedKey(insert);
		}
	}

	private static void insertSuccession(Connection connection, long predecessor, long successor, String share)
			throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO admin_unit_succession (predecessor_id, successor_id, share, effective_date) VALUES (?, ?, ?, ?)")) {
			insert.setLong(1, predecessor);
			insert.setLong(2, successor);
			insert.setString(3, share);
			insert.setObject(4, REORGANISATION, Types.DATE);
			insert.executeUpdate();
		}
	}

	private static long insertAgency(Connection connection, Map<String, String> row) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(
				"""
						INSERT INTO agency (code, name, name_en, kind, source_ids, confidence, note) VALUES (?, ?, ?, ?, ?, ?, ?)
						""",
				Statement.RETURN_GENERATED_KEYS)) {
			insert.setString(1, row.get("code"));
			insert.setString(2, row.get("name_vi"));
			insert.setString(3, row.get("name_en"));
			insert.setString(4, row.get("kind"));
			insert.setString(5, row.get("source_ids"));
			insert.setString(6, row.get("confidence"));
			insert.setString(7, Texts.blankToNull(row.get("note")));
			insert.executeUpdate();
			return generatedKey(insert);
		}
	}

	/**
	 * Zones of the Vietnam-Singapore parks go to that park's board, the others to the
	 * provincial zones authority: the sources do not state the board, so the note says it
	 * was inferred.
	 */
	private static void insertZone(Connection connection, Map<String, String> row, Map<String, Long> agencies)
			throws SQLException {
		String name = row.get("name_vi");
		boolean vsip = name.contains("VSIP");
		String area = row.get("area_ha_as_stated").strip();
		boolean plainArea = PLAIN_NUMBER.matcher(area).matches();
		try (PreparedStatement insert = connection.prepareStatement(
				"""
						INSERT INTO industrial_zone (name, name_en, kind, board_id, area_ha, location_note, area_note, source_ids,
						    confidence, note, search_text)
						VALUES (?, ?, 'ZONE', ?, ?, ?, ?, ?, ?, ?, ?)
						""")) {
			insert.setString(1, name);
			insert.setString(2, row.get("name_en"));
			insert.setLong(3, agencies.get(vsip ? "BQLVSIP" : "BQLKCN"));
			insert.setBigDecimal(4, plainArea ? new BigDecimal(area) : null);
			insert.setString(5, Texts.blankToNull(row.get("location_as_stated_by_source")));
			insert.setString(6, Texts.blankToNull(joinNotes(plainArea ? null : area, row.get("area_context"))));
			insert.setString(7, row.get("source_ids"));
			insert.setString(8, row.get("confidence"));
			insert.setString(9, joinNotes(row.get("note"),
					"Management board inferred from the zone's name; not stated by the sources."));
			insert.setString(10, IndustrialZone.searchText(name, row.get("name_en")));
			insert.executeUpdate();
		}
	}

	private static void insertSector(Connection connection, String code, String level, String section, String name,
			String nameEn, String sourceIds, String confidence, String note) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO sector (code, level, section_code, name, name_en, source_ids, confidence, note)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				""")) {
			insert.setString(1, code);
			insert.setString(2, level);
			insert.setString(3, section);
			insert.setString(4, name);
			insert.setString(5, nameEn);
			insert.setString(6, sourceIds);
			insert.setString(7, confidence);
			insert.setString(8, Texts.blankToNull(note));
			insert.executeUpdate();
		}
	}

	private static String key(String name, String district) {
		return Texts.fold(name) + "|" + Texts.fold(district);
	}

	private static String typeOf(String officialName) {
		for (String type : List.of("Thành phố", "Thị xã", "Huyện")) {
			if (officialName.startsWith(type)) {
				return type;
			}
		}
		return null;
	}

	private static String capitalise(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static String joinNotes(String first, String second) {
		String a = Texts.blankToNull(first);
		String b = Texts.blankToNull(second);
		if (a == null || "none".equals(a)) {
			return b;
		}
		return (b == null) ? a : a + " " + b;
	}

	private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.BIGINT);
		}
		else {
			statement.setLong(index, value);
		}
	}

	private static long generatedKey(PreparedStatement statement) throws SQLException {
		try (ResultSet keys = statement.getGeneratedKeys()) {
			keys.next();
			return keys.getLong(1);
		}
	}

}
