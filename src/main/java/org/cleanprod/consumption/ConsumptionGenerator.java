package org.cleanprod.consumption;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import javax.sql.DataSource;

import org.cleanprod.facility.FacilityService;
import org.cleanprod.shared.jdbc.Copy;
import org.cleanprod.shared.units.MeasureUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes deterministic monthly records for trials and benchmarks: each facility gets a
 * main product and, month by month, its production (with a season) and the consumption of
 * its energy carriers and water, each a fixed load plus a load per unit of product with
 * some noise. Some facilities start applying CP part-way and use 8-13 % less per unit
 * from then on; a few carry the mistakes people make (a month missing, a value typed in
 * the wrong unit).
 */
@Component
public class ConsumptionGenerator {

	/** Main product and its unit by VSIC division; others make pieces. */
	private static final Map<String, MeasureUnit> PRODUCT_UNITS = Map.of("10", MeasureUnit.TONNE, "11",
			MeasureUnit.CUBIC_METRE, "13", MeasureUnit.METRE, "14", MeasureUnit.PIECE, "15", MeasureUnit.PAIR, "16",
			MeasureUnit.CUBIC_METRE, "17", MeasureUnit.TONNE, "22", MeasureUnit.TONNE, "23", MeasureUnit.SQUARE_METRE,
			"24", MeasureUnit.TONNE);

	private static final String[][] CARRIERS = { { "ELECTRICITY", "KWH" }, { "DO", "LITRE" }, { "COAL_3_4", "TONNE" },
			{ "LPG", "KG" }, { "WOOD", "TONNE" }, { "WATER", "CUBIC_METRE" } };

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final FacilityService facilities;

	ConsumptionGenerator(JdbcClient jdbc, DataSource dataSource, FacilityService facilities) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.facilities = facilities;
	}

	/**
	 * What to make: how many carriers per facility (at most 6, electricity first) and
	 * which months.
	 */
	public record Plan(int carriers, YearMonth from, YearMonth to, boolean mistakes) {
	}

	/**
	 * Generates records for every facility that has none; returns the consumption records
	 * made.
	 */
	@Transactional
	public long generate(Plan plan, long seed) {
		Random random = new Random(seed);
		boolean postgres = Copy.isPostgres(this.dataSource);
		OffsetDateTime now = OffsetDateTime.ofInstant(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
		Set<Long> recorded = Set
			.copyOf(this.jdbc.sql("SELECT DISTINCT facility_id FROM consumption_record").query(Long.class).list());
		List<Object[]> facilities = this.facilities.profiles()
			.stream()
			.filter(profile -> !recorded.contains(profile.id()))
			.map(profile -> new Object[] { profile.id(), profile.sectorCode(),
					(profile.employees() != null) ? profile.employees() : 0 })
			.toList();
		long nextProduct = this.jdbc.sql("SELECT COALESCE(MAX(id), 0) + 1 FROM product").query(Long.class).single();
		List<Object[]> products = new ArrayList<>();
		List<Object[]> production = new ArrayList<>();
		List<Object[]> consumption = new ArrayList<>();
		long made = 0;
		for (Object[] facility : facilities) {
			long facilityId = (Long) facility[0];
			int employees = Math.max(10, (Integer) facility[2]);
			long productId = nextProduct++;
			MeasureUnit productUnit = PRODUCT_UNITS.getOrDefault((String) facility[1], MeasureUnit.PIECE);
			products.add(new Object[] { productId, facilityId, "Sản phẩm chính", productUnit.name(), true, true });
			double scale = employees * (0.6 + random.nextDouble());
			YearMonth improvedFrom = (random.nextInt(100) < 40) ? plan.from().plusMonths(24 + random.nextInt(24))
					: null;
			double improvement = 0.08 + random.nextDouble() * 0.05;
			YearMonth missing = (plan.mistakes() && random.nextInt(100) < 5)
					? plan.from().plusMonths(random.nextInt(12)) : null;
			YearMonth wrongUnit = (plan.mistakes() && random.nextInt(100) < 3)
					? plan.to().minusMonths(random.nextInt(6)) : null;
			double[] fixed = new double[CARRIERS.length];
			double[] perUnit = new double[CARRIERS.length];
			for (int c = 0; c < plan.carriers(); c++) {
				fixed[c] = scale * (20 + random.nextDouble() * 40) * factor(c);
				perUnit[c] = (0.5 + random.nextDouble()) * factor(c) * 3;
			}
			for (YearMonth month = plan.from(); !month.isAfter(plan.to()); month = month.plusMonths(1)) {
				if (month.equals(missing)) {
					continue;
				}
				double season = 1 + 0.15 * Math.sin(2 * Math.PI * (month.getMonthValue() - 2) / 12.0);
				double output = scale * 10 * season * (0.85 + 0.3 * random.nextDouble());
				Date day = Date.valueOf(month.atDay(1));
				production.add(new Object[] { facilityId, productId, day, round(output), RecordSource.IMPORTED.name(),
						now, "demo" });
				double efficiency = (improvedFrom != null && !month.isBefore(improvedFrom)) ? 1 - improvement : 1;
				for (int c = 0; c < plan.carriers(); c++) {
					double quantity = (fixed[c] + perUnit[c] * output * efficiency)
							* (0.97 + 0.06 * random.nextDouble());
					if (c == 0 && month.equals(wrongUnit)) {
						quantity = quantity * 1000;
					}
					consumption.add(new Object[] { facilityId, CARRIERS[c][0], day, round(quantity), CARRIERS[c][1],
							RecordSource.IMPORTED.name(), now, "demo" });
					made++;
				}
				if (consumption.size() >= 20_000) {
					flush(postgres, products, production, consumption);
				}
			}
		}
		flush(postgres, products, production, consumption);
		this.jdbc.sql("ALTER TABLE product ALTER COLUMN id RESTART WITH " + nextProduct).update();
		return made;
	}

	private void flush(boolean postgres, List<Object[]> products, List<Object[]> production,
			List<Object[]> consumption) {
		Copy.rows(this.dataSource, postgres, "product",
				List.of("id", "facility_id", "name", "unit", "main_product", "active"), products);
		Copy.rows(this.dataSource, postgres, "production_record",
				List.of("facility_id", "product_id", "period_month", "quantity", "source", "updated_at", "updated_by"),
				production);
		Copy.rows(this.dataSource, postgres, "consumption_record", List.of("facility_id", "resource_code",
				"period_month", "quantity", "unit", "source", "updated_at", "updated_by"), consumption);
		products.clear();
		production.clear();
		consumption.clear();
	}

	/** The size of a carrier's numbers in its unit: kWh are many, tonnes of coal few. */
	private static double factor(int carrier) {
		return switch (carrier) {
			case 0 -> 50;
			case 1 -> 2;
			case 2, 4 -> 0.01;
			case 3 -> 0.5;
			default -> 1;
		};
	}

	private static BigDecimal round(double value) {
		return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_EVEN);
	}

}
