package org.cleanprod.consumption.imports;

import org.cleanprod.consumption.ConsumptionService;
import org.cleanprod.consumption.Outliers;
import org.cleanprod.consumption.RecordSource;
import org.cleanprod.consumption.Records;
import org.cleanprod.consumption.RecordsChanged;
import org.cleanprod.consumption.web.ConsumptionExcel;
import org.cleanprod.consumption.web.ProductView;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.cleanprod.facility.FacilityRef;
import org.cleanprod.facility.FacilityRow;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.resources.Resources;
import org.cleanprod.resources.ResourceView;
import org.cleanprod.shared.excel.ImportColumn;
import org.cleanprod.shared.excel.ImportJobs;
import org.cleanprod.shared.excel.ImportSummary;
import org.cleanprod.shared.excel.ImportUploads;
import org.cleanprod.shared.excel.RowCheck;
import org.cleanprod.shared.excel.NumberReading;
import org.cleanprod.shared.excel.RowError;
import org.cleanprod.shared.excel.RowFlag;
import org.cleanprod.shared.excel.SheetCell;
import org.cleanprod.shared.excel.SheetReader;
import org.cleanprod.shared.excel.SheetRow;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.i18n.NumberStyle;
import org.cleanprod.shared.imports.ImportPage;
import org.cleanprod.shared.imports.ImportRequest;
import org.cleanprod.shared.imports.Importer;
import org.cleanprod.shared.security.Permission;
import org.cleanprod.shared.web.Crumb;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.text.Texts;
import org.cleanprod.shared.units.MeasureUnit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports monthly consumption and production from XLSX or CSV, for one facility or (for
 * officers) for every facility of their scope named by code. Rows are read as a stream,
 * checked one by one, and written into a staging table (COPY on PostgreSQL); duplicates
 * within the file, and what each row would do to the stored records (insert, update,
 * unchanged), are then found in SQL. The preview, and a commit with a rejected row, roll
 * back; otherwise the changed values are merged into the records with their revisions, in
 * one transaction.
 */
@Component
public class ConsumptionImport implements Importer {

	public static final String KIND = "consumption";

	private static final Pattern MONTH_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{4})");

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/yyyy");

	private final FacilityService facilities;

	private final Resources reference;

	private final SheetReader reader;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ConsumptionImport(FacilityService facilities, Resources reference, SheetReader reader, MessageSource messages,
			JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.facilities = facilities;
		this.reference = reference;
		this.reader = reader;
		this.messages = messages;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		// Joins the caller's transaction when there is one, so that a commit job
		// can claim its upload, and the bulk API store its idempotency key,
		// atomically with the records; called alone (the preview job), it runs
		// in a transaction of its own.
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
		this.events = events;
		this.clock = clock;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Permission permission() {
		return Permission.CONSUMPTION_EDIT;
	}

	/** The request's target is the facility of a single-facility import. */
	@Override
	public ImportSummary run(ImportUploads.Upload upload, ImportRequest request, ImportJobs.Mode mode,
			ImportJobs.Progress progress) {
		return run(upload, request.user(), request.locale(), request.targetId(), request.style(), mode, progress);
	}

	/** The job's page sits under the facility's records, or under the facility list. */
	@Override
	public ImportPage page(ImportRequest request) {
		Long facilityId = request.targetId();
		if (facilityId == null) {
			return new ImportPage(
					List.of(Crumb.link("home.title", "/"), Crumb.link("facility.list.title", "/facilities"),
							Crumb.link("consumption.importPage.crumb", "/consumption/import")),
					null, "/consumption/import",
					List.of(new ImportPage.Link("import-facilities", "facility.list.title", "/facilities")), null);
		}
		FacilityRow facility = this.facilities.require(facilityId, request.user(), request.english());
		String grid = "/consumption/facilities/" + facility.id();
		String upload = "/consumption/import?facilityId=" + facility.id();
		return new ImportPage(
				List.of(Crumb.link("home.title", "/"), Crumb.link("facility.list.title", "/facilities"),
						Crumb.link("facility.details", "/facilities/" + facility.id()),
						Crumb.link("consumption.grid.crumb", grid), Crumb.link("consumption.importPage.crumb", upload)),
				new ImportPage.Line("consumption.importJob.facility", facility.code(), facility.name()), upload,
				List.of(new ImportPage.Link("import-grid", "consumption.importJob.toGrid", grid),
						new ImportPage.Link("import-facilities", "facility.list.title", "/facilities")),
				null);
	}

	/**
	 * Checks, and in COMMIT mode applies, an upload. {@code facilityId} is the facility
	 * of a single-facility import (its rows need no facility code), or null for a
	 * multi-facility one. Runs in the caller's transaction, or in one of its own when
	 * there is none; a preview, or a commit with a rejected row, marks it rollback-only.
	 */
	public ImportSummary run(ImportUploads.Upload upload, CurrentUser user, Locale locale, Long facilityId,
			NumberStyle chosen, ImportJobs.Mode mode, ImportJobs.Progress progress) {
		return this.transaction.execute(status -> {
			Lookups lookups = lookups(user, facilityId);
			Long total = lines(upload);
			progress.phase(ImportJobs.Phase.READING);
			NumberReading numbers = numbers(upload, chosen, locale, progress, total);
			String importId = UUID.randomUUID().toString();
			Staging staging = new Staging(importId, this.dataSource);
			Map<String, String> headers = new LinkedHashMap<>();
			for (ImportColumn column : ConsumptionExcel.COLUMNS) {
				headers.put(column.key(), this.reader.header(column, locale));
			}
			List<RowError> errors = new ArrayList<>();
			long[] counts = new long[3];
			this.reader.stream(upload.fileName(), upload.content(), ConsumptionExcel.COLUMNS, row -> {
				if (row.get(ConsumptionExcel.QUANTITY) == null) {
					counts[2]++;
					return;
				}
				counts[0]++;
				RowCheck check = new RowCheck(row, this.messages, locale, headers).describedBy(ConsumptionExcel.MONTH,
						ConsumptionExcel.RESOURCE, ConsumptionExcel.PRODUCT);
				Staging.Line line = check(row, check, lookups, numbers.style());
				if (line == null) {
					counts[1]++;
					if (errors.size() < ImportSummary.MAX_ERRORS) {
						errors.addAll(check.errors());
					}
				}
				else {
					staging.add(line);
				}
				progress.rows(counts[0] + counts[1] + counts[2], total);
			});
			staging.flush();
			staging.analyze();
			progress.phase(ImportJobs.Phase.DUPLICATES);
			long repeated = repeated(importId);
			Outcomes outcomes;
			if (repeated > 0) {
				outcomes = classifyWithRepeats(importId, lookups, locale, headers, errors, progress);
			}
			else {
				progress.phase(ImportJobs.Phase.COMPARING);
				outcomes = classify(importId);
			}
			long rejected = counts[1] + repeated;
			List<RowFlag> flags = new ArrayList<>();
			long flagged = outliers(importId, lookups, locale, flags);
			boolean commit = mode == ImportJobs.Mode.COMMIT && rejected == 0 && counts[0] > 0 && numbers.isConfirmed();
			if (!commit) {
				status.setRollbackOnly();
			}
			else if (!outcomes.changed().isEmpty()) {
				progress.phase(ImportJobs.Phase.WRITING);
				apply(importId, outcomes.changed(), user);
			}
			this.jdbc.sql("DELETE FROM consumption_staging WHERE import_id = :id").param("id", importId).update();
			return new ImportSummary(upload.fileName(), counts[0], outcomes.count("INSERT"), outcomes.count("UPDATE"),
					outcomes.count("UNCHANGED"), rejected,
					errors.subList(0, Math.min(errors.size(), ImportSummary.MAX_ERRORS)), commit, numbers, flags,
					flagged, List.of());
		});
	}

	/**
	 * The style the quantities written as text are read in: the one chosen, or the one
	 * the whole file shows, found by a first pass over it (typed numbers need no style
	 * and count for nothing).
	 */
	private NumberReading numbers(ImportUploads.Upload upload, NumberStyle chosen, Locale locale,
			ImportJobs.Progress progress, Long total) {
		NumberReading.Detector detector = new NumberReading.Detector();
		long[] seen = { 0 };
		this.reader.stream(upload.fileName(), upload.content(), ConsumptionExcel.COLUMNS, row -> {
			SheetCell cell = row.cell(ConsumptionExcel.QUANTITY);
			if (cell != null && cell.kind() == SheetCell.Kind.TEXT) {
				detector.add(row.number(), cell.text());
			}
			if (++seen[0] % 1_000 == 0) {
				progress.rows(0, total);
			}
		});
		return detector.result(chosen, NumberStyle.of(locale));
	}

	/**
	 * What the checks need, loaded once per import; the texts of resources and months,
	 * which repeat from row to row, are parsed once each.
	 */
	private record Lookups(Map<String, FacilityRef> facilities, FacilityRef fixed, Map<String, ResourceView> resources,
			Map<Long, Map<String, ProductView>> products, YearMonth latest, Map<String, ResourceView> resourceTexts,
			Map<String, Optional<YearMonth>> monthTexts) {

		Lookups(Map<String, FacilityRef> facilities, FacilityRef fixed, Map<String, ResourceView> resources,
				Map<Long, Map<String, ProductView>> products, YearMonth latest) {
			this(facilities, fixed, resources, products, latest, new HashMap<>(), new HashMap<>());
		}

		ResourceView resource(String text) {
			return this.resourceTexts.computeIfAbsent(text, key -> this.resources.get(Texts.fold(key)));
		}

		YearMonth month(String text) {
			return this.monthTexts.computeIfAbsent(text, key -> Optional.ofNullable(parseMonth(key))).orElse(null);
		}

		/**
		 * The unit of a product by id, null if it is not one of the file's facilities'.
		 */
		MeasureUnit productUnit(long productId) {
			return this.products.values()
				.stream()
				.flatMap(byName -> byName.values().stream())
				.filter(product -> product.id() == productId)
				.map(ProductView::unit)
				.findFirst()
				.orElse(null);
		}

		/** The name of a staged row's item: a resource by code, or a product by id. */
		String itemName(String resourceCode, long productId, Locale locale) {
			if (resourceCode != null) {
				ResourceView resource = this.resources.get(Texts.fold(resourceCode));
				return (resource != null) ? resource.name("en".equals(locale.getLanguage())) : resourceCode;
			}
			return this.products.values()
				.stream()
				.flatMap(byName -> byName.values().stream())
				.filter(product -> product.id() == productId)
				.map(ProductView::name)
				.findFirst()
				.orElse(null);
		}

	}

	private Lookups lookups(CurrentUser user, Long facilityId) {
		Map<String, FacilityRef> inScope;
		FacilityRef fixed = null;
		if (facilityId != null) {
			FacilityRow facility = this.facilities.require(facilityId, user, false);
			fixed = new FacilityRef(facility.id(), facility.code(), facility.sectorCode());
			inScope = Map.of(facility.code(), fixed);
		}
		else {
			inScope = this.facilities.codesInScope(user);
		}
		Map<String, ResourceView> resources = new HashMap<>();
		for (ResourceView resource : this.reference.resources()) {
			if (resource.active()) {
				resources.put(Texts.fold(resource.code()), resource);
				resources.put(Texts.fold(resource.name()), resource);
				if (resource.nameEn() != null) {
					resources.put(Texts.fold(resource.nameEn()), resource);
				}
			}
		}
		Set<Long> ids = new HashSet<>();
		inScope.values().forEach(ref -> ids.add(ref.id()));
		Map<Long, Map<String, ProductView>> products = new HashMap<>();
		this.jdbc.sql("SELECT * FROM product WHERE active = TRUE")
			.query((rs, row) -> new ProductView(rs.getLong("id"), rs.getLong("facility_id"), rs.getString("name"),
					MeasureUnit.valueOf(rs.getString("unit")), rs.getBoolean("main_product"), rs.getBoolean("active")))
			.stream()
			.filter(product -> ids.contains(product.facilityId()))
			.forEach(product -> products.computeIfAbsent(product.facilityId(), id -> new HashMap<>())
				.put(Texts.fold(product.name()), product));
		return new Lookups(inScope, fixed, resources, products, YearMonth.now(this.clock.withZone(Formats.ZONE)));
	}

	private Staging.Line check(SheetRow row, RowCheck check, Lookups lookups, NumberStyle style) {
		FacilityRef facility = facility(row, check, lookups);
		YearMonth month = month(row.get(ConsumptionExcel.MONTH), check, lookups);
		String resourceText = row.get(ConsumptionExcel.RESOURCE);
		String productText = row.get(ConsumptionExcel.PRODUCT);
		BigDecimal quantity = check.number(ConsumptionExcel.QUANTITY, style);
		if (quantity != null && row.cell(ConsumptionExcel.QUANTITY).kind() == SheetCell.Kind.NUMBER
				&& quantity.scale() > Records.SCALE) {
			// A typed number is kept to the column's scale; a text with more decimals
			// than it holds is refused below, since someone wrote them.
			quantity = quantity.setScale(Records.SCALE, RoundingMode.HALF_EVEN);
		}
		if (quantity != null && quantity.signum() < 0) {
			check.error(ConsumptionExcel.QUANTITY, "import.error.notNegative");
		}
		else if (quantity != null && Records.tooPrecise(quantity)) {
			check.error(ConsumptionExcel.QUANTITY, "consumption.error.tooPrecise");
		}
		RecordSource source = source(row.get(ConsumptionExcel.SOURCE), check);
		String unitText = row.get(ConsumptionExcel.UNIT);
		MeasureUnit unit = null;
		if (unitText != null) {
			unit = MeasureUnit.parse(unitText).orElse(null);
			if (unit == null) {
				check.error(ConsumptionExcel.UNIT, "import.error.unknown", unitText);
			}
		}
		if ((resourceText == null) == (productText == null)) {
			check.error(ConsumptionExcel.RESOURCE, "consumption.import.resourceOrProduct");
			return null;
		}
		if (facility == null || !check.isValid()) {
			return null;
		}
		if (resourceText != null) {
			ResourceView resource = lookups.resource(resourceText);
			if (resource == null || !resource.appliesTo(facility.sectorCode())) {
				check.error(ConsumptionExcel.RESOURCE, "consumption.error.resourceUnknown", resourceText);
				return null;
			}
			MeasureUnit used = (unit != null) ? unit : resource.baseUnit();
			if (!resource.accepts(used)) {
				check.error(ConsumptionExcel.UNIT, "consumption.error.unitNotAccepted", unitText, resource.name());
				return null;
			}
			return new Staging.Line(row.number(), facility.id(), resource.code(), null, month, quantity, used.name(),
					source);
		}
		ProductView product = lookups.products().getOrDefault(facility.id(), Map.of()).get(Texts.fold(productText));
		if (product == null) {
			check.error(ConsumptionExcel.PRODUCT, "consumption.import.unknownProduct", productText, facility.code());
			return null;
		}
		if (unit != null && unit != product.unit()) {
			check.error(ConsumptionExcel.UNIT, "consumption.import.productUnit", product.unit().symbol());
			return null;
		}
		return new Staging.Line(row.number(), facility.id(), null, product.id(), month, quantity, product.unit().name(),
				source);
	}

	private FacilityRef facility(SheetRow row, RowCheck check, Lookups lookups) {
		String code = row.get(ConsumptionExcel.FACILITY);
		if (lookups.fixed() != null) {
			if (code != null && !code.equalsIgnoreCase(lookups.fixed().code())) {
				check.error(ConsumptionExcel.FACILITY, "consumption.import.otherFacility", code,
						lookups.fixed().code());
				return null;
			}
			return lookups.fixed();
		}
		if (code == null) {
			check.error(ConsumptionExcel.FACILITY, "import.error.required");
			return null;
		}
		FacilityRef facility = lookups.facilities().get(code.strip().toUpperCase(Locale.ROOT));
		if (facility == null) {
			check.error(ConsumptionExcel.FACILITY, "facility.import.unknownCode", code);
		}
		return facility;
	}

	/**
	 * "03/2024", "3/2024", "2024-03", a date ("2024-03-01", "01/03/2024"): the month it
	 * names.
	 */
	public static YearMonth parseMonth(String text) {
		String value = text.strip();
		Matcher monthFirst = MONTH_FIRST.matcher(value);
		try {
			if (monthFirst.matches()) {
				return YearMonth.of(Integer.parseInt(monthFirst.group(2)), Integer.parseInt(monthFirst.group(1)));
			}
			if (value.length() == 7) {
				return YearMonth.parse(value);
			}
			if (value.length() == 10 && value.charAt(4) == '-') {
				return YearMonth.from(LocalDate.parse(value));
			}
			return YearMonth.from(LocalDate.parse(value, DAY_MONTH_YEAR));
		}
		catch (DateTimeException | NumberFormatException ex) {
			return null;
		}
	}

	private static YearMonth month(String text, RowCheck check, Lookups lookups) {
		if (text == null) {
			check.error(ConsumptionExcel.MONTH, "import.error.required");
			return null;
		}
		YearMonth month = lookups.month(text);
		if (month == null) {
			check.error(ConsumptionExcel.MONTH, "consumption.import.month", text);
		}
		else if (month.getYear() < ConsumptionService.FIRST_YEAR || month.isAfter(lookups.latest())) {
			check.error(ConsumptionExcel.MONTH, "consumption.error.month", month.toString());
			return null;
		}
		return month;
	}

	private static RecordSource source(String text, RowCheck check) {
		if (text == null) {
			return RecordSource.IMPORTED;
		}
		String folded = Texts.fold(text);
		if (folded.equals("uoc tinh") || folded.equals("estimated") || folded.equals("estimated value")
				|| folded.equals("estimate") || text.equalsIgnoreCase(RecordSource.ESTIMATED.name())) {
			return RecordSource.ESTIMATED;
		}
		if (folded.equals("do dem") || folded.equals("measured") || folded.equals("nhap")
				|| text.equalsIgnoreCase(RecordSource.IMPORTED.name())) {
			return RecordSource.IMPORTED;
		}
		check.error(ConsumptionExcel.SOURCE, "import.error.unknown", text);
		return RecordSource.IMPORTED;
	}

	/**
	 * How many staged rows repeat the facility, item and month of an earlier row of the
	 * file: counted by grouping, never listed, so that a file of two million equal rows
	 * costs one aggregate.
	 */
	private long repeated(String importId) {
		return this.jdbc.sql("""
				SELECT COALESCE(SUM(n - 1), 0) FROM (
				    SELECT COUNT(*) AS n FROM consumption_staging WHERE import_id = :id
				    GROUP BY facility_id, resource_code, product_id, period_month HAVING COUNT(*) > 1) repeated
				""").param("id", importId).query(Long.class).single();
	}

	/**
	 * For a file with repeated rows, which cannot be committed: names the first
	 * {@link ImportSummary#MAX_ERRORS} repeats with the row they repeat, and says what
	 * the first row of each facility, item and month would do. One pass over the staged
	 * rows in key order, streamed, with the stored value beside each; errors, merged with
	 * those of the checks, stay in row order.
	 */
	private Outcomes classifyWithRepeats(String importId, Lookups lookups, Locale locale, Map<String, String> headers,
			List<RowError> errors, ImportJobs.Progress progress) {
		Outcomes outcomes = new Outcomes(new HashMap<>(), new HashMap<>());
		PriorityQueue<Repeat> first = new PriorityQueue<>(Comparator.comparingLong(Repeat::row).reversed());
		Object[] previous = new Object[4];
		long[] group = { 0, 0 };
		JdbcTemplate streaming = new JdbcTemplate(this.dataSource);
		streaming.setFetchSize(Staging.BATCH);
		streaming.query("""
				SELECT s.row_no, s.facility_id, s.resource_code, s.product_id, s.period_month,
				    CASE WHEN s.resource_code IS NOT NULL THEN
				        CASE WHEN c.facility_id IS NULL THEN 'INSERT'
				            WHEN c.quantity = s.quantity AND c.unit = s.unit THEN 'UNCHANGED' ELSE 'UPDATE' END
				    ELSE CASE WHEN p.product_id IS NULL THEN 'INSERT'
				            WHEN p.quantity = s.quantity THEN 'UNCHANGED' ELSE 'UPDATE' END END AS outcome
				FROM consumption_staging s
				LEFT JOIN consumption_record c ON s.resource_code IS NOT NULL AND c.facility_id = s.facility_id
				    AND c.resource_code = s.resource_code AND c.period_month = s.period_month
				LEFT JOIN production_record p ON s.product_id IS NOT NULL AND p.product_id = s.product_id
				    AND p.period_month = s.period_month
				WHERE s.import_id = ?
				ORDER BY s.facility_id, s.resource_code, s.product_id, s.period_month, s.row_no
				""", (ResultSet rs) -> {
			Object[] key = { rs.getLong(2), rs.getString(3), rs.getObject(4), rs.getObject(5) };
			long row = rs.getLong(1);
			if (++group[1] % Staging.BATCH == 0) {
				progress.phase(ImportJobs.Phase.DUPLICATES);
			}
			if (Arrays.equals(key, previous)) {
				first.add(new Repeat(row, group[0], YearMonth.from(rs.getObject(5, LocalDate.class)),
						lookups.itemName(rs.getString(3), rs.getLong(4), locale)));
				if (first.size() > ImportSummary.MAX_ERRORS) {
					first.poll();
				}
				return;
			}
			System.arraycopy(key, 0, previous, 0, key.length);
			group[0] = row;
			outcomes.counts().merge(rs.getString(6), 1L, Long::sum);
		}, importId);
		for (Repeat repeat : first) {
			errors.add(new RowError((int) repeat.row(), headers.get(ConsumptionExcel.MONTH),
					Formats.month(repeat.month()), Formats.month(repeat.month()), repeat.item(),
					this.messages.getMessage("import.error.duplicateInFile", new Object[] { repeat.first() }, locale)));
		}
		errors.sort(Comparator.comparingInt(RowError::row));
		if (errors.size() > ImportSummary.MAX_ERRORS) {
			errors.subList(ImportSummary.MAX_ERRORS, errors.size()).clear();
		}
		return outcomes;
	}

	/**
	 * A row that repeats an earlier one: its number, the first's, and what it is about.
	 */
	private record Repeat(long row, long first, YearMonth month, String item) {
	}

	/**
	 * Flags the staged values far off their series ({@link Outliers}): the series of a
	 * value is the file's values and the stored values (of the months the file does not
	 * replace) of the same facility and item within {@link Outliers#WINDOW_MONTHS} of it,
	 * each in the base unit of its dimension. One streamed query, ordered by facility and
	 * item, brings each series whole; only one is held at a time. Keeps the first
	 * {@link ImportSummary#MAX_FLAGS} in {@code flags} and returns how many there are.
	 */
	private long outliers(String importId, Lookups lookups, Locale locale, List<RowFlag> flags) {
		long[] count = { 0 };
		List<SeriesValue> series = new ArrayList<>();
		Object[] current = new Object[3];
		JdbcTemplate streaming = new JdbcTemplate(this.dataSource);
		streaming.setFetchSize(Staging.BATCH);
		streaming.query("""
				SELECT facility_id, COALESCE(resource_code, '') AS rc, COALESCE(product_id, 0) AS pid, row_no,
				    period_month, quantity, unit
				FROM consumption_staging WHERE import_id = ?
				UNION ALL
				SELECT c.facility_id, c.resource_code, 0, -1, c.period_month, c.quantity, c.unit
				FROM (SELECT facility_id, resource_code, MIN(period_month) AS lo, MAX(period_month) AS hi
				    FROM consumption_staging WHERE import_id = ? AND resource_code IS NOT NULL
				    GROUP BY facility_id, resource_code) r
				JOIN consumption_record c ON c.facility_id = r.facility_id AND c.resource_code = r.resource_code
				    AND c.period_month BETWEEN r.lo - INTERVAL '%1$d' MONTH AND r.hi + INTERVAL '%1$d' MONTH
				UNION ALL
				SELECT p.facility_id, '', p.product_id, -1, p.period_month, p.quantity, ''
				FROM (SELECT product_id, MIN(period_month) AS lo, MAX(period_month) AS hi
				    FROM consumption_staging WHERE import_id = ? AND product_id IS NOT NULL GROUP BY product_id) r
				JOIN production_record p ON p.product_id = r.product_id
				    AND p.period_month BETWEEN r.lo - INTERVAL '%1$d' MONTH AND r.hi + INTERVAL '%1$d' MONTH
				ORDER BY 1, 2, 3
				""".formatted(Outliers.WINDOW_MONTHS), (ResultSet rs) -> {
			Object[] key = { rs.getLong(1), rs.getString(2), rs.getLong(3) };
			if (!Arrays.equals(key, current)) {
				count[0] += flagSeries(series, lookups, locale, flags, count[0]);
				series.clear();
				System.arraycopy(key, 0, current, 0, key.length);
			}
			String unit = rs.getString(7);
			series.add(new SeriesValue(rs.getInt(4), YearMonth.from(rs.getObject(5, LocalDate.class)),
					rs.getBigDecimal(6), unit.isEmpty() ? null : MeasureUnit.valueOf(unit),
					rs.getString(2).isEmpty() ? null : rs.getString(2), rs.getLong(3)));
		}, importId, importId, importId);
		count[0] += flagSeries(series, lookups, locale, flags, count[0]);
		return count[0];
	}

	/**
	 * A value of a series: a row of the file ({@code row} its number) or a stored value
	 * ({@code row} -1); a product's ({@code resourceCode} null) are all in the product's
	 * unit, a resource's are compared in the base unit of their dimension.
	 */
	private record SeriesValue(int row, YearMonth month, BigDecimal quantity, MeasureUnit unit, String resourceCode,
			long productId) {

		BigDecimal base() {
			return (this.resourceCode != null) ? this.quantity.multiply(this.unit.toBase()) : this.quantity;
		}

		/** A quantity in the base unit, back in this value's unit. */
		BigDecimal inUnit(BigDecimal base) {
			return (this.resourceCode != null) ? base.divide(this.unit.toBase(), MathContext.DECIMAL64) : base;
		}

	}

	/**
	 * Checks each file value of one series against its neighbours; a stored value of a
	 * month the file also holds is replaced, so it is left out. Returns how many are
	 * flagged; adds them to {@code flags} while fewer than the most kept.
	 */
	private int flagSeries(List<SeriesValue> series, Lookups lookups, Locale locale, List<RowFlag> flags,
			long flaggedBefore) {
		Set<YearMonth> replaced = new HashSet<>();
		series.stream().filter(value -> value.row() >= 0).forEach(value -> replaced.add(value.month()));
		List<SeriesValue> values = series.stream()
			.filter(value -> value.row() >= 0 || !replaced.contains(value.month()))
			.toList();
		// The values of one month share their window, so its median is taken once: a file
		// of
		// many rows of one month costs one sort, not one per row.
		Map<YearMonth, Optional<BigDecimal>> medians = new HashMap<>();
		int flagged = 0;
		for (SeriesValue value : values) {
			if (value.row() < 0) {
				continue;
			}
			Optional<Outliers.Flag> flag = medians.computeIfAbsent(value.month(), month -> median(values, month))
				.flatMap(median -> Outliers.against(value.base(), median));
			if (flag.isEmpty()) {
				continue;
			}
			if (flaggedBefore + flagged++ < ImportSummary.MAX_FLAGS) {
				BigDecimal median = value.inUnit(flag.get().median());
				MeasureUnit unit = (value.unit() != null) ? value.unit() : lookups.productUnit(value.productId());
				String unitName = (unit != null) ? this.messages.getMessage(unit.messageKey(), null, locale) : "";
				flags.add(new RowFlag(value.row(), Formats.month(value.month()),
						lookups.itemName(value.resourceCode(), value.productId(), locale),
						Formats.number(value.quantity(), Records.SCALE, locale)
								+ ((unit != null) ? " " + unit.symbol() : ""),
						this.messages.getMessage(flag.get().messageKey(),
								flag.get().arguments(median, unitName, locale), locale)));
			}
		}
		return flagged;
	}

	/**
	 * The median of the positive values within {@link Outliers#WINDOW_MONTHS} of a month,
	 * if there are enough of them ({@link Outliers#MIN_SERIES}).
	 */
	private static Optional<BigDecimal> median(List<SeriesValue> values, YearMonth month) {
		List<BigDecimal> around = values.stream()
			.filter(other -> Math.abs(other.month().until(month, ChronoUnit.MONTHS)) <= Outliers.WINDOW_MONTHS)
			.map(SeriesValue::base)
			.filter(base -> base != null && base.signum() > 0)
			.toList();
		return (around.size() < Outliers.MIN_SERIES) ? Optional.empty() : Optional.of(Outliers.median(around));
	}

	/**
	 * What the staged rows would do to the stored values: how many insert, update or
	 * leave one unchanged, and the months of each facility that change.
	 */
	private record Outcomes(Map<String, Long> counts, Map<Long, Set<YearMonth>> changed) {

		long count(String outcome) {
			return this.counts.getOrDefault(outcome, 0L);
		}

	}

	private Outcomes classify(String importId) {
		Outcomes outcomes = new Outcomes(new HashMap<>(), new HashMap<>());
		this.jdbc
			.sql("""
					SELECT facility_id, period_month, outcome, COUNT(*) FROM (
					    SELECT s.facility_id, s.period_month, CASE WHEN t.id IS NULL THEN 'INSERT'
					        WHEN t.quantity = s.quantity AND t.unit = s.unit THEN 'UNCHANGED' ELSE 'UPDATE' END AS outcome
					    FROM consumption_staging s
					    LEFT JOIN consumption_record t ON t.facility_id = s.facility_id AND t.resource_code = s.resource_code
					        AND t.period_month = s.period_month
					    WHERE s.import_id = :id AND s.resource_code IS NOT NULL
					    UNION ALL
					    SELECT s.facility_id, s.period_month, CASE WHEN t.id IS NULL THEN 'INSERT'
					        WHEN t.quantity = s.quantity THEN 'UNCHANGED' ELSE 'UPDATE' END AS outcome
					    FROM consumption_staging s
					    LEFT JOIN production_record t ON t.product_id = s.product_id AND t.period_month = s.period_month
					    WHERE s.import_id = :id AND s.product_id IS NOT NULL) classified
					GROUP BY facility_id, period_month, outcome
					""")
			.param("id", importId)
			.query((rs, row) -> {
				String outcome = rs.getString(3);
				outcomes.counts().merge(outcome, rs.getLong(4), Long::sum);
				if (!outcome.equals("UNCHANGED")) {
					outcomes.changed()
						.computeIfAbsent(rs.getLong(1), id -> new HashSet<>())
						.add(YearMonth.from(rs.getObject(2, LocalDate.class)));
				}
				return outcome;
			})
			.list();
		return outcomes;
	}

	/**
	 * Writes the revisions of the values that change, then merges the staged values into
	 * the records.
	 */
	private void apply(String importId, Map<Long, Set<YearMonth>> changed, CurrentUser user) {
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		this.jdbc
			.sql("""
					INSERT INTO record_revision (record_type, facility_id, item_code, period, changed_at, changed_by,
					    old_quantity, old_unit, old_by, old_at, old_source, new_quantity, new_unit, source)
					SELECT 'CONSUMPTION', s.facility_id, s.resource_code, TO_CHAR(s.period_month, 'YYYY-MM'), :now, :actor,
					    t.quantity, t.unit, t.updated_by, t.updated_at, t.source, s.quantity, s.unit, s.source
					FROM consumption_staging s
					JOIN consumption_record t ON t.facility_id = s.facility_id AND t.resource_code = s.resource_code
					    AND t.period_month = s.period_month
					WHERE s.import_id = :id AND s.resource_code IS NOT NULL AND (t.quantity <> s.quantity OR t.unit <> s.unit)
					""")
			.param("now", now)
			.param("actor", user.getUsername())
			.param("id", importId)
			.update();
		this.jdbc.sql("""
				INSERT INTO record_revision (record_type, facility_id, item_code, period, changed_at, changed_by,
				    old_quantity, old_unit, old_by, old_at, old_source, new_quantity, new_unit, source)
				SELECT 'PRODUCTION', s.facility_id, CONCAT('P', CAST(s.product_id AS VARCHAR(20))),
				    TO_CHAR(s.period_month, 'YYYY-MM'), :now, :actor, t.quantity, s.unit, t.updated_by, t.updated_at,
				    t.source, s.quantity, s.unit, s.source
				FROM consumption_staging s
				JOIN production_record t ON t.product_id = s.product_id AND t.period_month = s.period_month
				WHERE s.import_id = :id AND s.product_id IS NOT NULL AND t.quantity <> s.quantity
				""").param("now", now).param("actor", user.getUsername()).param("id", importId).update();
		this.jdbc
			.sql("""
					MERGE INTO consumption_record t
					USING (SELECT * FROM consumption_staging WHERE import_id = :id AND resource_code IS NOT NULL) s
					ON (t.facility_id = s.facility_id AND t.resource_code = s.resource_code AND t.period_month = s.period_month)
					WHEN MATCHED AND (t.quantity <> s.quantity OR t.unit <> s.unit) THEN
					    UPDATE SET quantity = s.quantity, unit = s.unit, source = s.source, updated_at = :now, updated_by = :actor
					WHEN NOT MATCHED THEN
					    INSERT (facility_id, resource_code, period_month, quantity, unit, source, updated_at, updated_by)
					    VALUES (s.facility_id, s.resource_code, s.period_month, s.quantity, s.unit, s.source, :now, :actor)
					""")
			.param("id", importId)
			.param("now", now)
			.param("actor", user.getUsername())
			.update();
		this.jdbc.sql("""
				MERGE INTO production_record t
				USING (SELECT * FROM consumption_staging WHERE import_id = :id AND product_id IS NOT NULL) s
				ON (t.product_id = s.product_id AND t.period_month = s.period_month)
				WHEN MATCHED AND t.quantity <> s.quantity THEN
				    UPDATE SET quantity = s.quantity, source = s.source, updated_at = :now, updated_by = :actor
				WHEN NOT MATCHED THEN
				    INSERT (facility_id, product_id, period_month, quantity, source, updated_at, updated_by)
				    VALUES (s.facility_id, s.product_id, s.period_month, s.quantity, s.source, :now, :actor)
				""").param("id", importId).param("now", now).param("actor", user.getUsername()).update();
		this.events.publishEvent(new RecordsChanged(changed));
	}

	/**
	 * The number of lines of a CSV file, as the total of the progress bar; unknown (null)
	 * for XLSX.
	 */
	private static Long lines(ImportUploads.Upload upload) {
		if (!upload.fileName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
			return null;
		}
		long lines = 0;
		for (byte b : upload.content()) {
			if (b == '\n') {
				lines++;
			}
		}
		return Math.max(lines - 1, 0);
	}

}
