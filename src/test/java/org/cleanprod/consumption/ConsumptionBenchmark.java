package org.cleanprod.consumption;

import org.cleanprod.consumption.imports.ConsumptionImport;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.YearMonth;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import org.cleanprod.facility.FacilityGenerator;
import org.cleanprod.facility.FacilityRef;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.performance.IndicatorService;
import org.cleanprod.shared.excel.ImportJobs;
import org.cleanprod.shared.excel.ImportSummary;
import org.cleanprod.shared.excel.ImportUploads;
import org.cleanprod.shared.excel.XlsxWriter;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.test.PostgresTest;
import org.cleanprod.test.TestUsers;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consumption import and the indicators at scale, on PostgreSQL, each against a
 * baseline measured in the same run: a CSV import of a million monthly rows against a raw
 * COPY and a plain JDBC batch insert of the same rows; an XLSX import of 100,000 rows;
 * the heap an import of a 1,048,576-row sheet retains; and a recomputation of the
 * indicators of 5,000 facilities × 6 carriers × 60 months against a plain read of the
 * same records. Writes its figures to target/bench/.
 */
@Tag("bench")
@PostgresTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ConsumptionBenchmark {

	private static final String[] RESOURCES = { "ELECTRICITY", "DO", "COAL_3_4", "WATER" };

	private static final String[] UNITS = { "kWh", "L", "t", "m3" };

	@Autowired
	FacilityGenerator facilities;

	@Autowired
	FacilityService facilityService;

	@Autowired
	ConsumptionGenerator consumption;

	@Autowired
	IndicatorService indicators;

	@Autowired
	ConsumptionImport imports;

	@Autowired
	ImportUploads uploads;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	DataSource dataSource;

	@Test
	void consumptionAtScale() throws Exception {
		this.facilities.generate(5_000, 2016L);
		CurrentUser officer = this.users.officer();
		List<FacilityRef> refs = new ArrayList<>(this.facilityService.codesInScope(officer).values());
		refs.sort(Comparator.comparing(FacilityRef::code));
		StringBuilder report = new StringBuilder();
		csvImport(report, officer, refs, Integer.getInteger("bench.rows", 1_000_000));
		xlsxImport(report, officer, refs, 100_000);
		sheetHeap(report, officer, refs, 1_048_575);
		recompute(report);
		Path file = Path.of("target/bench/consumption.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, report.toString());
		System.out.println(report);
	}

	/**
	 * A CSV import against a raw COPY and a plain JDBC batch insert of the same rows into
	 * the same table, with its keys, indexes and foreign keys.
	 */
	private void csvImport(StringBuilder report, CurrentUser officer, List<FacilityRef> refs, int rows) {
		byte[] csv = csv(refs, rows);
		String copyText = copyText(refs, rows);
		long copyNanos = timed(() -> rawCopy(copyText));
		emptyRecords();
		long batchNanos = timed(() -> jdbcBatch(refs, rows));
		emptyRecords();
		ImportSummary[] summary = new ImportSummary[1];
		long importNanos = timed(() -> summary[0] = run(officer, "bench.csv", csv, ImportJobs.Mode.COMMIT));
		assertThat(summary[0].inserted()).isEqualTo(rows);
		long backgroundNanos = timed(this::awaitBackgroundWork);
		ImportSummary[] again = new ImportSummary[1];
		long againNanos = timed(() -> again[0] = run(officer, "bench.csv", csv, ImportJobs.Mode.COMMIT));
		assertThat(again[0].unchanged()).isEqualTo(rows);
		double copyRate = rate(rows, copyNanos);
		double batchRate = rate(rows, batchNanos);
		double importRate = rate(rows, importNanos);
		report.append(String.format("## CSV import of %,d monthly rows (%.1f MB)%n%n", rows, csv.length / 1e6))
			.append("| method | seconds | rows/s | rows/s ÷ COPY |\n|---|---:|---:|---:|\n")
			.append(line("raw `COPY … FROM STDIN (FORMAT csv)` (baseline)", copyNanos, copyRate, copyRate))
			.append(line("plain JDBC batch insert, 1,000 rows a batch, one transaction", batchNanos, batchRate,
					copyRate))
			.append(line("Cleanprod import: read, check, stage, classify, merge", importNanos, importRate, copyRate))
			.append(line("the same file again: every row unchanged", againNanos, rate(rows, againNanos), copyRate))
			.append(String.format("%nImport ÷ COPY: %.2f; import ÷ JDBC batch: %.2f; COPY ÷ JDBC batch: %.2f. "
					+ "Indicators and findings of the %,d facilities refreshed in the background in %.1f s after "
					+ "the commit.%n%n", importRate / copyRate, importRate / batchRate, copyRate / batchRate,
					refs.size(), backgroundNanos / 1e9));
		emptyRecords();
	}

	private void xlsxImport(StringBuilder report, CurrentUser officer, List<FacilityRef> refs, int rows) {
		byte[] xlsx = xlsx(refs, rows);
		long previewNanos = timed(() -> run(officer, "bench.xlsx", xlsx, ImportJobs.Mode.PREVIEW));
		ImportSummary[] summary = new ImportSummary[1];
		long nanos = timed(() -> summary[0] = run(officer, "bench.xlsx", xlsx, ImportJobs.Mode.COMMIT));
		assertThat(summary[0].inserted()).isEqualTo(rows);
		report.append(String.format("## XLSX import of %,d rows (%.1f MB)%n%n", rows, xlsx.length / 1e6))
			.append(String.format(
					"%.1f s end to end, %,.0f rows/s; its preview (read, check, stage, classify) "
							+ "%.1f s, %,.0f rows/s.%n%n",
					nanos / 1e9, rate(rows, nanos), previewNanos / 1e9, rate(rows, previewNanos)));
		awaitBackgroundWork();
		emptyRecords();
	}

	/** The heap a preview of a full sheet keeps alive: the reader must stream. */
	private void sheetHeap(StringBuilder report, CurrentUser officer, List<FacilityRef> refs, int rows)
			throws InterruptedException {
		byte[] big = xlsx(refs, rows);
		ImportSummary[] summary = new ImportSummary[1];
		long start = System.nanoTime();
		long[] heap = heapDuring(() -> summary[0] = run(officer, "big.xlsx", big, ImportJobs.Mode.PREVIEW));
		long nanos = System.nanoTime() - start;
		assertThat(summary[0].read()).isEqualTo(rows);
		report
			.append(String.format("## Heap while previewing a %,d-row sheet (%.1f MB)%n%n", rows + 1, big.length / 1e6))
			.append(String.format("Live heap after collections grew by at most %.0f MB (before %.0f MB, peak %.0f MB). "
					+ "The preview (read, check, stage, classify; nothing written) took %.1f s, %,.0f rows/s.%n%n",
					(heap[1] - heap[0]) / 1e6, heap[0] / 1e6, heap[1] / 1e6, nanos / 1e9, rate(rows, nanos)));
	}

	/**
	 * Recomputing the indicators of every facility, against a plain read of the records
	 * they come from.
	 */
	private void recompute(StringBuilder report) {
		this.consumption
			.generate(new ConsumptionGenerator.Plan(6, YearMonth.of(2020, 1), YearMonth.of(2024, 12), false), 2016L);
		awaitBackgroundWork();
		long records = this.jdbc.sql("SELECT COUNT(*) FROM consumption_record").query(Long.class).single();
		long readNanos = timed(
				() -> this.jdbc.sql("SELECT * FROM consumption_record").withFetchSize(10_000).query(rs -> {
				}));
		long[] written = { 0 };
		long recomputeNanos = timed(() -> written[0] = this.indicators.recomputeAll(count -> {
		}));
		report.append("## Indicators of 5,000 facilities × 6 carriers × 60 months\n\n")
			.append(String.format(
					"%,d records; plain read of them %.1f s (baseline); recomputation %.1f s, "
							+ "%,d rows written (%.1f × the read).%n",
					records, readNanos / 1e9, recomputeNanos / 1e9, written[0], (double) recomputeNanos / readNanos));
	}

	/**
	 * Waits until the listeners the imports set off have refreshed indicators and
	 * findings: no other session of the database has been busy for three polls in a row.
	 */
	private void awaitBackgroundWork() {
		AtomicInteger quiet = new AtomicInteger();
		Awaitility.await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofMillis(300)).until(() -> {
			long busy = this.jdbc.sql("""
					SELECT COUNT(*) FROM pg_stat_activity
					WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'
					""").query(Long.class).single();
			return (busy == 0) ? quiet.incrementAndGet() >= 3 : quiet.getAndSet(0) < 0;
		});
	}

	private void emptyRecords() {
		this.jdbc
			.sql("TRUNCATE consumption_record, production_record, record_revision, indicator_monthly, "
					+ "quality_issue")
			.update();
	}

	private ImportSummary run(CurrentUser officer, String name, byte[] content, ImportJobs.Mode mode) {
		ImportUploads.Upload upload = this.uploads.store("consumption", officer.id(), name, content);
		return this.imports.run(upload, officer, Formats.VIETNAMESE, null, null, mode, (done, total) -> {
		});
	}

	private static byte[] csv(List<FacilityRef> refs, int rows) {
		StringBuilder text = new StringBuilder(rows * 45);
		text.append("Mã cơ sở,Tháng,Loại năng lượng/tài nguyên,Số lượng,Đơn vị\n");
		forEachRow(refs, rows,
				(code, facility, month, resource, quantity) -> text.append(code)
					.append(',')
					.append(month)
					.append(',')
					.append(RESOURCES[resource])
					.append(',')
					.append(quantity)
					.append(',')
					.append(UNITS[resource])
					.append('\n'));
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] xlsx(List<FacilityRef> refs, int rows) {
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		try (XlsxWriter writer = new XlsxWriter(output)) {
			writer.sheet("Số liệu", List.of("Mã cơ sở", "Tháng", "Loại năng lượng/tài nguyên", "Số lượng", "Đơn vị"),
					15);
			forEachRow(refs, rows, (code, facility, month, resource, quantity) -> writer
				.row(List.of(code, month.toString(), RESOURCES[resource], quantity, UNITS[resource])));
		}
		return output.toByteArray();
	}

	@FunctionalInterface
	private interface RowConsumer {

		void accept(String code, long facilityId, YearMonth month, int resource, double quantity);

	}

	/**
	 * The same rows for every method: facilities × months × resources, with a quantity
	 * that varies.
	 */
	private static void forEachRow(List<FacilityRef> refs, int rows, RowConsumer consumer) {
		int months = 60;
		int made = 0;
		for (int f = 0; made < rows; f++) {
			FacilityRef ref = refs.get(f % refs.size());
			YearMonth first = YearMonth.of(2020, 1).plusMonths((f / refs.size()) * months);
			for (int m = 0; m < months && made < rows; m++) {
				for (int r = 0; r < RESOURCES.length && made < rows; r++) {
					consumer.accept(ref.code(), ref.id(), first.plusMonths(m), r, 1000 + (made % 997) * 1.5);
					made++;
				}
			}
		}
	}

	/** The rows as COPY reads them: columns of the record table. */
	private static String copyText(List<FacilityRef> refs, int rows) {
		StringBuilder text = new StringBuilder(rows * 60);
		forEachRow(refs, rows,
				(code, facility, month, resource, quantity) -> text.append(facility)
					.append(',')
					.append(RESOURCES[resource])
					.append(',')
					.append(month.atDay(1))
					.append(',')
					.append(quantity)
					.append(',')
					.append(UNITS[resource])
					.append(",IMPORTED,2026-01-01T00:00:00Z,bench\n"));
		return text.toString();
	}

	private void rawCopy(String text) {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY consumption_record"
						+ " (facility_id, resource_code, period_month, quantity, unit, source, updated_at, "
						+ "updated_by) FROM STDIN (FORMAT csv)", new StringReader(text));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void jdbcBatch(List<FacilityRef> refs, int rows) {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO consumption_record"
					+ " (facility_id, resource_code, period_month, quantity, unit, source, updated_at, updated_by)"
					+ " VALUES (?, ?, ?, ?, ?, 'IMPORTED', now(), 'bench')")) {
				AtomicLong pending = new AtomicLong();
				forEachRow(refs, rows, (code, facility, month, resource, quantity) -> {
					try {
						insert.setLong(1, facility);
						insert.setString(2, RESOURCES[resource]);
						insert.setObject(3, month.atDay(1));
						insert.setBigDecimal(4, BigDecimal.valueOf(quantity));
						insert.setString(5, UNITS[resource]);
						insert.addBatch();
						if (pending.incrementAndGet() % 1000 == 0) {
							insert.executeBatch();
						}
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
				});
				insert.executeBatch();
			}
			connection.commit();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The live heap (after collections) before and at its peak during the work, in bytes.
	 */
	private static long[] heapDuring(Runnable work) throws InterruptedException {
		System.gc();
		long before = liveHeap();
		AtomicLong peak = new AtomicLong(before);
		AtomicBoolean running = new AtomicBoolean(true);
		Thread sampler = Thread.ofPlatform().start(() -> {
			while (running.get()) {
				peak.accumulateAndGet(liveHeap(), Math::max);
				LockSupport.parkNanos(20_000_000);
			}
		});
		work.run();
		running.set(false);
		sampler.join();
		return new long[] { before, peak.get() };
	}

	/**
	 * Heap in use after the last collection of each heap pool: what the program keeps
	 * alive.
	 */
	private static long liveHeap() {
		long used = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
				used += pool.getCollectionUsage().getUsed();
			}
		}
		return used;
	}

	private static long timed(Runnable work) {
		long start = System.nanoTime();
		work.run();
		return System.nanoTime() - start;
	}

	private static double rate(long rows, long nanos) {
		return rows / (nanos / 1e9);
	}

	private static String line(String method, long nanos, double rate, double baseline) {
		return String.format("| %s | %.1f | %,.0f | %.2f |%n", method, nanos / 1e9, rate, rate / baseline);
	}

}
