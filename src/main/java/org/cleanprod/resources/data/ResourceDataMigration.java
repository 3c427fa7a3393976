package org.cleanprod.resources.data;

import org.cleanprod.resources.FactorKind;
import org.cleanprod.shared.jdbc.ReferenceFileMigration;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cleanprod.shared.text.Texts;
import org.cleanprod.shared.units.MeasureUnit;
import org.flywaydb.core.api.migration.Context;

import org.springframework.stereotype.Component;

/**
 * Loads resources and their conversion factors (migration 9.1) from the reference files,
 * so that every factor can be traced to a row of an official or standard table:
 * {@code energy_conversion_toe.csv} (MOIT TOE factors), {@code ipcc_fuel_factors.csv}
 * (IPCC 2006 net calorific values and CO2 emission factors),
 * {@code grid_emission_factors_vn.csv} (the yearly Vietnamese grid factor).
 * {@code resources.csv} says which rows each resource uses. Where a table has no factor,
 * one is derived with 1 TOE = 41.868 GJ and marked derived.
 */
@Component
class ResourceDataMigration extends ReferenceFileMigration {

	static final BigDecimal GJ_PER_TOE = new BigDecimal("41.868");

	private static final MathContext PRECISION = new MathContext(12, RoundingMode.HALF_EVEN);

	private static final String[] FILES = { "resources.csv", "energy_conversion_toe.csv", "ipcc_fuel_factors.csv",
			"grid_emission_factors_vn.csv", "settings.csv" };

	private static final String DERIVED = "derived: 1 TOE = 41.868 GJ (IEA convention, not from a Vietnamese text)";

	ResourceDataMigration() {
		super("9.1", "resources and conversion factors", FILES);
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		Map<String, Map<String, String>> toe = new HashMap<>();
		for (Map<String, String> row : rows("energy_conversion_toe.csv")) {
			toe.put(row.get("row_no"), row);
		}
		Map<String, Map<String, String>> ipcc = new HashMap<>();
		for (Map<String, String> row : rows("ipcc_fuel_factors.csv")) {
			ipcc.put(row.get("ipcc_fuel"), row);
		}
		for (Map<String, String> resource : rows("resources.csv")) {
			load(connection, resource, toe, ipcc);
		}
		List<Map<String, String>> grid = rows("grid_emission_factors_vn.csv");
		int lastYear = grid.stream().mapToInt(row -> Integer.parseInt(row.get("year"))).max().orElseThrow();
		for (Map<String, String> row : grid) {
			int year = Integer.parseInt(row.get("year"));
			insertFactor(connection, "ELECTRICITY", FactorKind.TCO2, MeasureUnit.MWH,
					decimal(row.get("ef_tco2_per_mwh")), null, LocalDate.of(year, 1, 1),
					(year == lastYear) ? null : LocalDate.of(year, 12, 31), false, row.get("source_ids"),
					row.get("confidence"), joinNotes(row.get("status"), row.get("announcing_document"), row.get("note"),
							(year == lastYear) ? "Applies from this year on until a later factor is added." : null));
		}
		for (Map<String, String> row : rows("settings.csv")) {
			try (PreparedStatement insert = connection.prepareStatement("""
					INSERT INTO reference_setting (setting_key, setting_value, unit, source_ids, confidence, note)
					VALUES (?, ?, ?, ?, ?, ?)
					""")) {
				insert.setString(1, row.get("setting_key"));
				insert.setString(2, row.get("setting_value"));
				insert.setString(3, row.get("unit"));
				insert.setString(4, row.get("source_ids"));
				insert.setString(5, row.get("confidence"));
				insert.setString(6, row.get("note"));
				insert.executeUpdate();
			}
		}
	}

	private void load(Connection connection, Map<String, String> resource, Map<String, Map<String, String>> toeRows,
			Map<String, Map<String, String>> ipccRows) throws SQLException {
		String code = resource.get("code");
		List<Map<String, String>> toe = split(resource.get("toe_rows")).stream().map(toeRows::get).toList();
		Map<String, String> ipcc = ipccRows.get(resource.get("ipcc_fuel"));
		BigDecimal density = density(toe);
		try (PreparedStatement insert = connection.prepareStatement(
				"""
						INSERT INTO resource (code, kind, carrier_group, name, name_en, base_unit, accepted_units, density_t_per_m3,
						    biogenic, sort_order, source_ids, confidence, note)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						""")) {
			insert.setString(1, code);
			insert.setString(2, resource.get("kind"));
			insert.setString(3, Texts.blankToNull(resource.get("carrier_group")));
			insert.setString(4, resource.get("name_vi"));
			insert.setString(5, resource.get("name_en"));
			insert.setString(6, resource.get("base_unit"));
			insert.setString(7, resource.get("accepted_units"));
			insert.setBigDecimal(8, density);
			insert.setBoolean(9, Boolean.parseBoolean(resource.get("biogenic")));
			insert.setInt(10, Integer.parseInt(resource.get("sort_order")));
			insert.setString(11, Texts.blankToNull(resource.get("source_ids")));
			insert.setString(12, Texts.blankToNull(resource.get("confidence")));
			insert.setString(13, Texts.blankToNull(resource.get("note")));
			insert.executeUpdate();
		}
		for (String sector : split(resource.get("sectors"))) {
			try (PreparedStatement insert = connection
				.prepareStatement("INSERT INTO resource_sector (resource_code, sector_code) VALUES (?, ?)")) {
				insert.setString(1, code);
				insert.setString(2, sector);
				insert.executeUpdate();
			}
		}
		for (Map<String, String> row : toe) {
			insertFactor(connection, code, FactorKind.TOE, unitOf(row.get("unit_en")), decimal(row.get("toe_per_unit")),
					decimal(row.get("toe_per_unit_max")), null, null, false, row.get("source_ids"),
					row.get("confidence"), row.get("note"));
		}
		switch (resource.get("energy_basis")) {
			case "DEFINITION" ->
				insertFactor(connection, code, FactorKind.GJ, MeasureUnit.KWH, new BigDecimal("0.0036"), null, null,
						null, false, null, "confirmed: by definition", "1 kWh = 3.6 MJ.");
			case "IPCC" ->
				insertFactor(connection, code, FactorKind.GJ, MeasureUnit.TONNE, decimal(ipcc.get("ncv_tj_per_gg")),
						null, null, null, false, ipcc.get("source_ids"), ipcc.get("confidence"),
						"IPCC 2006 net calorific value of " + ipcc.get("ipcc_fuel") + " (TJ/Gg = GJ/t).");
			case "TOE" -> {
				for (Map<String, String> row : toe) {
					insertFactor(connection, code, FactorKind.GJ, unitOf(row.get("unit_en")),
							decimal(row.get("toe_per_unit")).multiply(GJ_PER_TOE, PRECISION), null, null, null, true,
							row.get("source_ids"), DERIVED, "Derived from the MOIT TOE factor.");
				}
			}
			case "ENERGY" -> insertFactor(connection, code, FactorKind.GJ, MeasureUnit.GJ, BigDecimal.ONE, null, null,
					null, false, null, "confirmed: by definition", "Recorded as energy delivered.");
			default -> {
			}
		}
		if (toe.isEmpty() && !"NONE".equals(resource.get("energy_basis"))) {
			BigDecimal gjPerUnit = "IPCC".equals(resource.get("energy_basis")) ? decimal(ipcc.get("ncv_tj_per_gg"))
					: BigDecimal.ONE;
			MeasureUnit unit = "IPCC".equals(resource.get("energy_basis")) ? MeasureUnit.TONNE : MeasureUnit.GJ;
			insertFactor(connection, code, FactorKind.TOE, unit, gjPerUnit.divide(GJ_PER_TOE, PRECISION), null, null,
					null, true, resource.get("source_ids"), DERIVED,
					"Derived from the energy content; the MOIT table has no factor.");
		}
		if (ipcc != null && Texts.blankToNull(ipcc.get("co2_ef_kg_per_tj")) != null) {
			insertFactor(connection, code, FactorKind.TCO2, MeasureUnit.GJ,
					decimal(ipcc.get("co2_ef_kg_per_tj")).movePointLeft(6), null, null, null, false,
					ipcc.get("source_ids"), ipcc.get("confidence"),
					"IPCC 2006 default CO2 emission factor of " + ipcc.get("ipcc_fuel") + " ("
							+ ipcc.get("co2_ef_kg_per_tj") + " kg/TJ), applied to the energy content.");
		}
	}

	/**
	 * Tonnes per cubic metre, from a TOE factor per tonne and one per 1,000 litres of the
	 * same fuel.
	 */
	static BigDecimal density(List<Map<String, String>> toe) {
		BigDecimal perTonne = null;
		BigDecimal perThousandLitres = null;
		for (Map<String, String> row : toe) {
			MeasureUnit unit = unitOf(row.get("unit_en"));
			if (unit == MeasureUnit.TONNE) {
				perTonne = decimal(row.get("toe_per_unit"));
			}
			else if (unit == MeasureUnit.THOUSAND_LITRES) {
				perThousandLitres = decimal(row.get("toe_per_unit"));
			}
		}
		return (perTonne != null && perThousandLitres != null)
				? perThousandLitres.divide(perTonne, new MathContext(6, RoundingMode.HALF_EVEN)) : null;
	}

	private static void insertFactor(Connection connection, String resource, FactorKind kind, MeasureUnit unit,
			BigDecimal value, BigDecimal max, LocalDate from, LocalDate to, boolean derived, String sources,
			String confidence, String note) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(
				"""
						INSERT INTO conversion_factor (resource_code, kind, per_unit, factor_value, value_max, valid_from, valid_to,
						    derived, source_ids, confidence, note, created_at)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						""")) {
			insert.setString(1, resource);
			insert.setString(2, kind.name());
			insert.setString(3, unit.name());
			insert.setBigDecimal(4, value);
			insert.setBigDecimal(5, max);
			insert.setObject(6, from, Types.DATE);
			insert.setObject(7, to, Types.DATE);
			insert.setBoolean(8, derived);
			insert.setString(9, Texts.blankToNull(sources));
			insert.setString(10, Texts.blankToNull(confidence));
			insert.setString(11, Texts.blankToNull(note));
			insert.setTimestamp(12, Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")));
			insert.executeUpdate();
		}
	}

	/** The unit of a row of the MOIT table, as written in its English column. */
	static MeasureUnit unitOf(String written) {
		return switch (written.strip()) {
			case "kWh" -> MeasureUnit.KWH;
			case "tonne" -> MeasureUnit.TONNE;
			case "1000 litres" -> MeasureUnit.THOUSAND_LITRES;
			case "1000 m3" -> MeasureUnit.THOUSAND_CUBIC_METRES;
			default -> throw new IllegalStateException("Unknown unit in the TOE table: " + written);
		};
	}

	private static BigDecimal decimal(String text) {
		String value = Texts.blankToNull(text);
		return (value != null) ? new BigDecimal(value) : null;
	}

	private static List<String> split(String text) {
		String value = Texts.blankToNull(text);
		return (value != null) ? List.of(value.split(";")) : List.of();
	}

	private static String joinNotes(String... parts) {
		StringBuilder note = new StringBuilder();
		for (String part : parts) {
			String value = Texts.blankToNull(part);
			if (value != null) {
				note.append(note.isEmpty() ? "" : " ").append(value.endsWith(".") ? value : value + ".");
			}
		}
		return note.isEmpty() ? null : note.toString();
	}

}
