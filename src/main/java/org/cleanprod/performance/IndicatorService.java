package org.cleanprod.performance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.cleanprod.consumption.RecordsChanged;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.resources.EnergyConverter;
import org.cleanprod.resources.Resources;
import org.cleanprod.resources.ResourceView;
import org.cleanprod.shared.jdbc.Copy;
import org.cleanprod.shared.jdbc.EachInTransaction;
import org.cleanprod.shared.jdbc.Where;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.units.MeasureUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The monthly indicators of every facility, kept as a read model: each consumption record
 * converted to its base unit, GJ, TOE and tonnes of CO2 with the factors valid in its
 * month. They are recomputed for the months a {@link RecordsChanged} event names, after
 * the change commits, for the resource and months of a new or corrected factor version
 * ({@link FactorRecomputation}), and for everything on demand. Each row names the factors
 * it used, so a figure can always be traced to them.
 */
@Service
public class IndicatorService {

	private static final MathContext PRECISION = MathContext.DECIMAL64;

	private static final int BATCH = 10_000;

	private static final List<String> COLUMNS = List.of("facility_id", "resource_code", "period_month", "quantity_base",
			"gj", "toe", "tco2", "tco2_biogenic", "factor_ids", "problems", "computed_at");

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final EnergyConverter converter;

	private final Resources reference;

	private final FacilityService facilities;

	private final Clock clock;

	private final EachInTransaction each;

	private final Designations designations;

	IndicatorService(JdbcClient jdbc, DataSource dataSource, EnergyConverter converter, Resources reference,
			FacilityService facilities, Clock clock, PlatformTransactionManager transactions,
			Designations designations) {
		this.designations = designations;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.converter = converter;
		this.reference = reference;
		this.facilities = facilities;
		this.clock = clock;
		this.each = new EachInTransaction(transactions);
	}

	/** After the change commits, in the background: one facility at a time. */
	@Async
	@TransactionalEventListener
	void on(RecordsChanged event) {
		this.each.run(event.facilityIds(), this::recompute);
	}

	/** Recomputes every month of one facility, then its designated-energy-user flag. */
	@Transactional
	public void recompute(long facilityId) {
		this.facilities.lock(facilityId);
		this.jdbc.sql("DELETE FROM indicator_monthly WHERE facility_id = :facility")
			.param("facility", facilityId)
			.update();
		write(this.jdbc.sql("""
				SELECT facility_id, resource_code, period_month, quantity, unit FROM consumption_monthly
				WHERE facility_id = :facility
				""").param("facility", facilityId).query(this::record).stream(), count -> {
		});
		this.designations.derive(List.of(facilityId));
	}

	/**
	 * How many monthly consumption records there are: the rows a full recomputation
	 * writes.
	 */
	public long recordCount() {
		return this.jdbc.sql("SELECT COUNT(*) FROM consumption_monthly").query(Long.class).single();
	}

	/**
	 * Recomputes the indicators of every facility, then every designated-energy-user
	 * status; reports the rows written so far.
	 */
	@Transactional
	public long recomputeAll(LongConsumer progress) {
		this.facilities.lockAll();
		this.jdbc.sql("DELETE FROM indicator_monthly").update();
		try (Stream<Record> records = this.jdbc
			.sql("SELECT facility_id, resource_code, period_month, quantity, unit FROM consumption_monthly")
			.withFetchSize(BATCH)
			.query(this::record)
			.stream()) {
			long written = write(records, progress);
			this.designations.deriveAll();
			return written;
		}
	}

	/**
	 * How many monthly records of a resource a factor version valid from {@code from} to
	 * {@code to} (open at null) applies to: the rows {@link #recomputeResource} writes.
	 */
	long recordCount(String resourceCode, LocalDate from, LocalDate to) {
		Where where = applying(resourceCode, from, to);
		return this.jdbc.sql("SELECT COUNT(*) FROM consumption_monthly" + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	/**
	 * Recomputes exactly the indicators a new or corrected factor version of a resource
	 * applies to: that resource's records in the months whose first day (the day a
	 * monthly record is converted on) lies between {@code from} and {@code to} (open at
	 * null); then the designated-energy-user status of the facilities with such records
	 * or with an annual total of the resource for a year ending in that span (annual
	 * totals are converted on 31 December). Reports the rows written so far.
	 */
	@Transactional
	public long recomputeResource(String resourceCode, LocalDate from, LocalDate to, LongConsumer progress) {
		Where where = applying(resourceCode, from, to);
		Set<Long> affected = new TreeSet<>(
				this.jdbc.sql("SELECT DISTINCT facility_id FROM consumption_monthly" + where.sql())
					.params(where.params())
					.query(Long.class)
					.list());
		affected.forEach(this.facilities::lock);
		this.jdbc.sql("DELETE FROM indicator_monthly" + where.sql()).params(where.params()).update();
		long written;
		try (Stream<Record> records = this.jdbc
			.sql("SELECT facility_id, resource_code, period_month, quantity, unit FROM consumption_monthly"
					+ where.sql())
			.params(where.params())
			.withFetchSize(BATCH)
			.query(this::record)
			.stream()) {
			written = write(records, progress);
		}
		Where annual = new Where().and("resource_code = :resource", "resource", resourceCode)
			.and("period_year >= :fromYear", "fromYear", from.getYear());
		if (to != null) {
			annual.and("period_year <= :toYear", "toYear",
					(to.getMonthValue() == 12 && to.getDayOfMonth() == 31) ? to.getYear() : to.getYear() - 1);
		}
		affected.addAll(this.jdbc.sql("SELECT DISTINCT facility_id FROM consumption_annual" + annual.sql())
			.params(annual.params())
			.query(Long.class)
			.list());
		this.designations.derive(affected);
		return written;
	}

	/** The records a factor version of the resource valid in that span applies to. */
	private static Where applying(String resourceCode, LocalDate from, LocalDate to) {
		Where where = new Where().and("resource_code = :resource", "resource", resourceCode)
			.and("period_month >= :from", "from", from);
		if (to != null) {
			where.and("period_month <= :to", "to", to);
		}
		return where;
	}

	/**
	 * A facility's monthly indicators between two months, for the user who may see it.
	 */
	@Transactional(readOnly = true)
	public List<MonthlyIndicator> monthly(long facilityId, YearMonth from, YearMonth to, CurrentUser user) {
		this.facilities.require(facilityId, user, false);
		return monthly(facilityId, from, to);
	}

	List<MonthlyIndicator> monthly(long facilityId, YearMonth from, YearMonth to) {
		return this.jdbc.sql("""
				SELECT * FROM indicator_monthly WHERE facility_id = :facility AND period_month BETWEEN :from AND :to
				ORDER BY period_month, resource_code
				""")
			.param("facility", facilityId)
			.param("from", from.atDay(1))
			.param("to", to.atDay(1))
			.query((rs, row) -> {
				String code = rs.getString("resource_code");
				return new MonthlyIndicator(facilityId, code,
						YearMonth.from(rs.getObject("period_month", LocalDate.class)),
						rs.getBigDecimal("quantity_base"),
						this.reference.resource(code).map(ResourceView::baseUnit).orElse(null), rs.getBigDecimal("gj"),
						rs.getBigDecimal("toe"), rs.getBigDecimal("tco2"), rs.getBigDecimal("tco2_biogenic"),
						split(rs.getString("factor_ids")).stream().map(Long::valueOf).toList(),
						split(rs.getString("problems")));
			})
			.list();
	}

	/**
	 * A year's energy in TOE from the monthly records, or from the annual totals of
	 * Circular 25/2020 for resources without monthly records that year; null when there
	 * is nothing.
	 */
	BigDecimal annualToe(long facilityId, int year) {
		return this.designations.annualToe(year, List.of(facilityId)).get(facilityId);
	}

	private record Record(long facilityId, String resource, LocalDate month, BigDecimal quantity, MeasureUnit unit) {
	}

	private Record record(java.sql.ResultSet rs, int row) throws SQLException {
		return new Record(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getBigDecimal(4),
				MeasureUnit.valueOf(rs.getString(5)));
	}

	/**
	 * Converts the records and writes their indicators in batches (COPY on PostgreSQL).
	 * Conversions are linear, so each resource, unit and month is converted once, for a
	 * quantity of one.
	 */
	private long write(Stream<Record> records, LongConsumer progress) {
		Map<String, EnergyConverter.Conversion> perUnit = new HashMap<>();
		Map<String, BigDecimal> baseUnit = new HashMap<>();
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		List<Object[]> batch = new ArrayList<>(BATCH);
		long[] written = { 0 };
		boolean postgres = Copy.isPostgres(this.dataSource);
		records.forEach(record -> {
			EnergyConverter.Conversion unit = perUnit.computeIfAbsent(
					record.resource() + "|" + record.unit() + "|" + record.month(),
					key -> this.converter.convert(record.resource(), BigDecimal.ONE, record.unit(), record.month()));
			BigDecimal quantity = record.quantity();
			BigDecimal base = times(
					baseUnit
						.computeIfAbsent(record.resource() + "|" + record.unit(),
								key -> this.converter.toUnit(record.resource(), BigDecimal.ONE, record.unit(),
										this.reference.resource(record.resource()).orElseThrow().baseUnit())),
					quantity);
			BigDecimal tco2 = times(unit.tco2(), quantity);
			batch.add(new Object[] { record.facilityId(), record.resource(), record.month(), base,
					times(unit.gj(), quantity), times(unit.toe(), quantity), unit.biogenic() ? null : tco2,
					unit.biogenic() ? tco2 : null, join(unit.factorIds()), join(unit.problems()), now });
			if (batch.size() >= BATCH) {
				flush(batch, postgres);
				written[0] += BATCH;
				progress.accept(written[0]);
			}
		});
		written[0] += batch.size();
		flush(batch, postgres);
		progress.accept(written[0]);
		return written[0];
	}

	private void flush(List<Object[]> batch, boolean postgres) {
		Copy.rows(this.dataSource, postgres, "indicator_monthly", COLUMNS, batch);
		batch.clear();
	}

	private static BigDecimal times(BigDecimal perUnit, BigDecimal quantity) {
		return (perUnit != null) ? perUnit.multiply(quantity, PRECISION) : null;
	}

	private static String join(List<?> values) {
		return values.isEmpty() ? null : values.stream().map(Object::toString).collect(Collectors.joining(";"));
	}

	private static List<String> split(String text) {
		return (text == null || text.isBlank()) ? List.of() : Arrays.asList(text.split(";"));
	}

}
