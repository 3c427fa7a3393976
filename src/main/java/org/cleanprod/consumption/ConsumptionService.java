package org.cleanprod.consumption;

import org.cleanprod.consumption.web.CellOutcome;
import org.cleanprod.consumption.web.ProductView;
import org.cleanprod.consumption.web.YearGrid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.cleanprod.facility.FacilityRow;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.resources.Resources;
import org.cleanprod.resources.ResourceView;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.units.MeasureUnit;
import org.cleanprod.shared.web.InvalidFormException;
import org.cleanprod.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entry to consumption and production records. Every method checks that the caller
 * may see the facility (a facility outside the scope is not found); saving a value
 * validates it, keeps its revision and announces the change with {@link RecordsChanged}.
 */
@Service
@Transactional(readOnly = true)
public class ConsumptionService {

	/**
	 * Monthly values are accepted from this year on, and never for months still to come.
	 */
	public static final int FIRST_YEAR = 2010;

	private final FacilityService facilities;

	private final Resources reference;

	private final Records records;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ConsumptionService(FacilityService facilities, Resources reference, Records records, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.facilities = facilities;
		this.reference = reference;
		this.records = records;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** The facility as lists show it, if the caller may see it. */
	public FacilityRow facility(long facilityId, CurrentUser user, boolean english) {
		return this.facilities.require(facilityId, user, english);
	}

	/** One year of records; {@code extra} adds rows for resources not recorded yet. */
	public YearGrid grid(long facilityId, int year, Set<String> extra, CurrentUser user, boolean english) {
		FacilityRow facility = this.facilities.require(facilityId, user, english);
		List<YearMonth> months = IntStream.rangeClosed(1, 12).mapToObj(month -> YearMonth.of(year, month)).toList();
		Map<String, Map<YearMonth, YearGrid.Cell>> consumption = new LinkedHashMap<>();
		Map<String, MeasureUnit> units = new HashMap<>();
		this.jdbc.sql("""
				SELECT resource_code, period_month, quantity, unit, source FROM consumption_record
				WHERE facility_id = :facility AND period_month BETWEEN :from AND :to ORDER BY period_month
				""")
			.param("facility", facilityId)
			.param("from", months.getFirst().atDay(1))
			.param("to", months.getLast().atDay(1))
			.query((rs, row) -> {
				String resource = rs.getString("resource_code");
				YearMonth month = YearMonth.from(rs.getObject("period_month", LocalDate.class));
				consumption.computeIfAbsent(resource, code -> new HashMap<>())
					.put(month, new YearGrid.Cell(month, rs.getBigDecimal("quantity"),
							RecordSource.valueOf(rs.getString("source"))));
				units.put(resource, MeasureUnit.valueOf(rs.getString("unit")));
				return resource;
			})
			.list();
		Set<String> inUse = new LinkedHashSet<>(usedResources(facilityId, year));
		inUse.addAll(extra);
		List<YearGrid.Row> resourceRows = this.reference.resources()
			.stream()
			.filter(resource -> inUse.contains(resource.code()) || consumption.containsKey(resource.code()))
			.map(resource -> new YearGrid.Row(resource.code(), resource.name(english),
					units.getOrDefault(resource.code(), lastUnit(facilityId, resource)), resource.acceptedUnits(),
					cells(months, consumption.getOrDefault(resource.code(), Map.of()))))
			.toList();
		List<ResourceView> addable = this.reference.resources()
			.stream()
			.filter(resource -> resource.active() && resource.appliesTo(facility.sectorCode()))
			.filter(resource -> resourceRows.stream().noneMatch(row -> row.item().equals(resource.code())))
			.toList();
		List<YearGrid.Row> productRows = products(facilityId, user).stream()
			.filter(ProductView::active)
			.map(product -> new YearGrid.Row(String.valueOf(product.id()), product.name(), product.unit(),
					List.of(product.unit()), cells(months, production(product.id(), months))))
			.toList();
		return new YearGrid(facilityId, year, months, resourceRows, productRows, addable,
				annual(facilityId, year, english));
	}

	/**
	 * The records of a facility from one month to another, both included: consumption and
	 * production by month, and the annual totals of every year the range touches, each
	 * with its source and last change. Ordered by item, then period.
	 */
	public FacilityRecords records(long facilityId, YearMonth from, YearMonth to, CurrentUser user, boolean english) {
		FacilityRow facility = this.facilities.require(facilityId, user, english);
		Map<String, String> names = new HashMap<>();
		this.reference.resources().forEach(resource -> names.put(resource.code(), resource.name(english)));
		List<FacilityRecords.Consumption> consumption = this.jdbc.sql("""
				SELECT resource_code, period_month, quantity, unit, source, updated_at, updated_by
				FROM consumption_record
				WHERE facility_id = :facility AND period_month BETWEEN :from AND :to
				ORDER BY resource_code, period_month
				""")
			.param("facility", facilityId)
			.param("from", from.atDay(1))
			.param("to", to.atDay(1))
			.query((rs, row) -> new FacilityRecords.Consumption(rs.getString("resource_code"),
					names.getOrDefault(rs.getString("resource_code"), rs.getString("resource_code")),
					YearMonth.from(rs.getObject("period_month", LocalDate.class)), rs.getBigDecimal("quantity"),
					MeasureUnit.valueOf(rs.getString("unit")), RecordSource.valueOf(rs.getString("source")),
					rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getString("updated_by")))
			.list();
		List<FacilityRecords.Production> production = this.jdbc.sql("""
				SELECT r.product_id, p.name, p.unit, r.period_month, r.quantity, r.source, r.updated_at, r.updated_by
				FROM production_record r JOIN product p ON p.id = r.product_id
				WHERE r.facility_id = :facility AND r.period_month BETWEEN :from AND :to
				ORDER BY p.name, r.product_id, r.period_month
				""")
			.param("facility", facilityId)
			.param("from", from.atDay(1))
			.param("to", to.atDay(1))
			.query((rs, row) -> new FacilityRecords.Production(rs.getLong("product_id"), rs.getString("name"),
					YearMonth.from(rs.getObject("period_month", LocalDate.class)), rs.getBigDecimal("quantity"),
					MeasureUnit.valueOf(rs.getString("unit")), RecordSource.valueOf(rs.getString("source")),
					rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getString("updated_by")))
			.list();
		List<FacilityRecords.Annual> annual = this.jdbc.sql("""
				SELECT a.resource_code, a.period_year, a.quantity, a.unit, a.source, a.updated_at, a.updated_by,
				    (SELECT COUNT(*) FROM consumption_record c WHERE c.facility_id = a.facility_id
				        AND c.resource_code = a.resource_code
				        AND EXTRACT(YEAR FROM c.period_month) = a.period_year) AS monthly
				FROM annual_record a
				WHERE a.facility_id = :facility AND a.period_year BETWEEN :fromYear AND :toYear
				ORDER BY a.resource_code, a.period_year
				""")
			.param("facility", facilityId)
			.param("fromYear", from.getYear())
			.param("toYear", to.getYear())
			.query((rs, row) -> new FacilityRecords.Annual(rs.getString("resource_code"),
					names.getOrDefault(rs.getString("resource_code"), rs.getString("resource_code")),
					rs.getInt("period_year"), rs.getBigDecimal("quantity"), MeasureUnit.valueOf(rs.getString("unit")),
					RecordSource.valueOf(rs.getString("source")),
					rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getString("updated_by"),
					rs.getLong("monthly") > 0))
			.list();
		return new FacilityRecords(facilityId, facility.code(), from, to, consumption, production, annual);
	}

	/** Saves one month's consumption; a null quantity clears it. */
	@Transactional
	public CellOutcome saveConsumption(long facilityId, String resourceCode, YearMonth month, BigDecimal quantity,
			MeasureUnit unit, RecordSource source, CurrentUser user) {
		FacilityRow facility = this.facilities.require(facilityId, user, false);
		ResourceView resource = checkResource(resourceCode, unit, facility.sectorCode());
		checkMonth(month);
		checkQuantity(quantity);
		CellOutcome outcome = this.records.saveConsumption(facilityId, resource.code(), month, quantity, unit, source,
				user.getUsername(), this.clock.instant());
		announce(facilityId, outcome, Set.of(month));
		return outcome;
	}

	/** Saves one month's production of a product; a null quantity clears it. */
	@Transactional
	public CellOutcome saveProduction(long facilityId, long productId, YearMonth month, BigDecimal quantity,
			RecordSource source, CurrentUser user) {
		this.facilities.require(facilityId, user, false);
		ProductView product = product(facilityId, productId);
		checkMonth(month);
		checkQuantity(quantity);
		CellOutcome outcome = this.records.saveProduction(facilityId, product.id(), month, quantity, product.unit(),
				source, user.getUsername(), this.clock.instant());
		announce(facilityId, outcome, Set.of(month));
		return outcome;
	}

	/**
	 * Saves the annual total of a resource filed under Circular 25/2020; a null quantity
	 * clears it.
	 */
	@Transactional
	public CellOutcome saveAnnual(long facilityId, String resourceCode, int year, BigDecimal quantity, MeasureUnit unit,
			RecordSource source, CurrentUser user) {
		FacilityRow facility = this.facilities.require(facilityId, user, false);
		ResourceView resource = checkResource(resourceCode, unit, facility.sectorCode());
		checkMonth(YearMonth.of(year, 1));
		checkQuantity(quantity);
		CellOutcome outcome = this.records.saveAnnual(facilityId, resource.code(), year, quantity, unit, source,
				user.getUsername(), this.clock.instant());
		announce(facilityId, outcome,
				Set.copyOf(IntStream.rangeClosed(1, 12).mapToObj(month -> YearMonth.of(year, month)).toList()));
		return outcome;
	}

	/**
	 * The {@link Outliers} flag of a month's value as stored now, against its series: the
	 * facility's values of the same resource (or product, {@code productId} not null)
	 * from twelve months before to twelve after, the month itself included, each in the
	 * value's unit. Empty when the value is not far off, or the series too short.
	 */
	public Optional<Outliers.Flag> outlier(long facilityId, String resourceCode, Long productId, YearMonth month,
			BigDecimal quantity, MeasureUnit unit, CurrentUser user) {
		this.facilities.require(facilityId, user, false);
		if (quantity == null || unit == null) {
			return Optional.empty();
		}
		LocalDate from = month.minusMonths(Outliers.WINDOW_MONTHS).atDay(1);
		LocalDate to = month.plusMonths(Outliers.WINDOW_MONTHS).atDay(1);
		List<BigDecimal> series = (productId != null)
				? this.jdbc.sql("""
						SELECT quantity FROM production_record
						WHERE facility_id = :facility AND product_id = :product AND period_month BETWEEN :from AND :to
						""")
					.param("facility", facilityId)
					.param("product", productId)
					.param("from", from)
					.param("to", to)
					.query(BigDecimal.class)
					.list()
				: this.jdbc
					.sql("""
							SELECT quantity, unit FROM consumption_record
							WHERE facility_id = :facility AND resource_code = :resource AND period_month BETWEEN :from AND :to
							""")
					.param("facility", facilityId)
					.param("resource", resourceCode)
					.param("from", from)
					.param("to", to)
					.query((rs, row) -> {
						MeasureUnit stored = MeasureUnit.valueOf(rs.getString("unit"));
						return (stored.dimension() == unit.dimension())
								? stored.convert(rs.getBigDecimal("quantity"), unit) : null;
					})
					.list();
		return Outliers.check(quantity, series);
	}

	/** The latest year in which the facility has monthly records, if any. */
	public Optional<Integer> latestYear(long facilityId, CurrentUser user) {
		this.facilities.require(facilityId, user, false);
		return this.jdbc.sql("""
				SELECT MAX(period_month) FROM (
				    SELECT period_month FROM consumption_record WHERE facility_id = :facility
				    UNION ALL SELECT period_month FROM production_record WHERE facility_id = :facility) months
				""").param("facility", facilityId).query(LocalDate.class).optional().map(LocalDate::getYear);
	}

	/** The versions of one value, the one in force first. */
	public List<ValueVersion> history(long facilityId, RecordType type, String item, String period, CurrentUser user) {
		this.facilities.require(facilityId, user, false);
		return this.records.versions(facilityId, type, item, period);
	}

	public List<ProductView> products(long facilityId, CurrentUser user) {
		this.facilities.require(facilityId, user, false);
		return this.jdbc.sql("SELECT * FROM product WHERE facility_id = :facility ORDER BY main_product DESC, name")
			.param("facility", facilityId)
			.query((rs, row) -> new ProductView(rs.getLong("id"), rs.getLong("facility_id"), rs.getString("name"),
					MeasureUnit.valueOf(rs.getString("unit")), rs.getBoolean("main_product"), rs.getBoolean("active")))
			.list();
	}

	/** Adds a product; the first product of a facility becomes its main product. */
	@Transactional
	public long addProduct(long facilityId, String name, MeasureUnit unit, boolean main, CurrentUser user) {
		List<ProductView> existing = products(facilityId, user);
		String trimmed = (name != null) ? name.strip() : "";
		if (trimmed.isEmpty() || trimmed.length() > 200) {
			throw InvalidFormException.of("name", "consumption.error.productName");
		}
		if (existing.stream().anyMatch(product -> product.name().equalsIgnoreCase(trimmed))) {
			throw InvalidFormException.of("name", "consumption.error.productExists", trimmed);
		}
		if (unit == null) {
			throw InvalidFormException.of("unit", "consumption.error.unitRequired");
		}
		boolean isMain = main || existing.isEmpty();
		if (isMain) {
			this.jdbc.sql("UPDATE product SET main_product = FALSE WHERE facility_id = :facility")
				.param("facility", facilityId)
				.update();
		}
		org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO product (facility_id, name, unit, main_product) VALUES (:facility, :name, :unit, :main)")
			.param("facility", facilityId)
			.param("name", trimmed)
			.param("unit", unit.name())
			.param("main", isMain)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	private ProductView product(long facilityId, long productId) {
		return this.jdbc.sql("SELECT * FROM product WHERE id = :id AND facility_id = :facility")
			.param("id", productId)
			.param("facility", facilityId)
			.query((rs, row) -> new ProductView(rs.getLong("id"), rs.getLong("facility_id"), rs.getString("name"),
					MeasureUnit.valueOf(rs.getString("unit")), rs.getBoolean("main_product"), rs.getBoolean("active")))
			.optional()
			.orElseThrow(() -> new NotFoundException("product", productId));
	}

	private ResourceView checkResource(String code, MeasureUnit unit, String sectorCode) {
		ResourceView resource = this.reference.resource(code)
			.filter(candidate -> candidate.active() && candidate.appliesTo(sectorCode))
			.orElseThrow(() -> InvalidFormException.of("resource", "consumption.error.resourceUnknown", code));
		if (unit == null || !resource.accepts(unit)) {
			throw InvalidFormException.of("unit", "consumption.error.unitNotAccepted",
					(unit != null) ? unit.symbol() : "", resource.name());
		}
		return resource;
	}

	private void checkMonth(YearMonth month) {
		if (month.getYear() < FIRST_YEAR || month.isAfter(YearMonth.now(this.clock.withZone(Formats.ZONE)))) {
			throw InvalidFormException.of("month", "consumption.error.month", month.toString());
		}
	}

	private static void checkQuantity(BigDecimal quantity) {
		if (quantity != null && quantity.signum() < 0) {
			throw InvalidFormException.of("quantity", "consumption.error.negative");
		}
		if (quantity != null && Records.tooPrecise(quantity)) {
			throw InvalidFormException.of("quantity", "consumption.error.tooPrecise");
		}
	}

	private void announce(long facilityId, CellOutcome outcome, Set<YearMonth> months) {
		if (outcome.changed()) {
			this.events.publishEvent(RecordsChanged.of(facilityId, months));
		}
	}

	private List<YearGrid.Cell> cells(List<YearMonth> months, Map<YearMonth, YearGrid.Cell> values) {
		List<YearGrid.Cell> cells = new ArrayList<>();
		for (YearMonth month : months) {
			cells.add(values.getOrDefault(month, new YearGrid.Cell(month, null, null)));
		}
		return cells;
	}

	private Map<YearMonth, YearGrid.Cell> production(long productId, List<YearMonth> months) {
		Map<YearMonth, YearGrid.Cell> values = new HashMap<>();
		this.jdbc.sql("""
				SELECT period_month, quantity, source FROM production_record
				WHERE product_id = :product AND period_month BETWEEN :from AND :to
				""")
			.param("product", productId)
			.param("from", months.getFirst().atDay(1))
			.param("to", months.getLast().atDay(1))
			.query((rs, row) -> {
				YearMonth month = YearMonth.from(rs.getObject("period_month", LocalDate.class));
				return values.put(month, new YearGrid.Cell(month, rs.getBigDecimal("quantity"),
						RecordSource.valueOf(rs.getString("source"))));
			})
			.list();
		return values;
	}

	/**
	 * The resources the facility recorded in this year or the year before, so a new year
	 * starts with its rows.
	 */
	private List<String> usedResources(long facilityId, int year) {
		return this.jdbc.sql("""
				SELECT DISTINCT resource_code FROM consumption_record
				WHERE facility_id = :facility AND period_month BETWEEN :from AND :to
				""")
			.param("facility", facilityId)
			.param("from", LocalDate.of(year - 1, 1, 1))
			.param("to", LocalDate.of(year, 12, 1))
			.query(String.class)
			.list();
	}

	private MeasureUnit lastUnit(long facilityId, ResourceView resource) {
		return this.jdbc.sql("""
				SELECT unit FROM consumption_record WHERE facility_id = :facility AND resource_code = :resource
				ORDER BY period_month DESC LIMIT 1
				""")
			.param("facility", facilityId)
			.param("resource", resource.code())
			.query(String.class)
			.optional()
			.map(MeasureUnit::valueOf)
			.orElse(resource.baseUnit());
	}

	private List<YearGrid.AnnualValue> annual(long facilityId, int year, boolean english) {
		return this.jdbc.sql("""
				SELECT a.resource_code, a.quantity, a.unit,
				    (SELECT COUNT(*) FROM consumption_record c WHERE c.facility_id = a.facility_id
				        AND c.resource_code = a.resource_code AND c.period_month BETWEEN :from AND :to) AS monthly
				FROM annual_record a WHERE a.facility_id = :facility AND a.period_year = :year
				""")
			.param("facility", facilityId)
			.param("year", year)
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year, 12, 1))
			.query((rs, row) -> new YearGrid.AnnualValue(rs.getString("resource_code"),
					this.reference.resource(rs.getString("resource_code"))
						.map(resource -> resource.name(english))
						.orElse(""),
					rs.getBigDecimal("quantity"), MeasureUnit.valueOf(rs.getString("unit")), rs.getLong("monthly") > 0))
			.list()
			.stream()
			.sorted(Comparator.comparing(YearGrid.AnnualValue::resourceCode))
			.toList();
	}

}
