package org.cleanprod.consumption;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
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
	DataSource dataSource;

	@Test
	void consumptionAtScale() throws Exception {
		StringBuilder report = new StringBuilder();
		this.facilities.generate(5_000, 2016L);
		CurrentUser officer = new TestUsers(this.jdbc).officer();
		List<FacilityRef> refs = new ArrayList<>(this.facilityService.codesInScope(officer).values());
		refs.sort((a, b) -> a.code().compareTo(b.code()));

		int rows = 300_000;
		byte[] csv = csv(refs, rows);
		String copyTable = scratchTable("bench_copy");
		long copyNanos = timed(() -> rawCopy(copyTable, refs, rows));
		String batchTable = scratchTable("bench_batch");
		long batchNanos = timed(() -> jdbcBatch(batchTable, refs, rows));
		ImportSummary[] csvImport = new ImportSummary[1];
		long importNanos = timed(() -> csvImport[0] = run(officer, "bench.csv", csv, ImportJobs.Mode.COMMIT));
		assertThat(csvImport[0].inserted()).isEqualTo(rows);
		double copyRate = rate(rows, copyNanos);
		double batchRate = rate(rows, batchNanos);
		double importRate = rate(rows, importNanos);
		report.append("## CSV import of ")
			.append(rows)
			.append(" monthly rows\n\n")
			.append("| method | seconds | rows/s | ratio |\n|---|---:|---:|---:|\n")
			.append(line("raw COPY FROM STDIN (FORMAT csv) (baseline)", copyNanos, copyRate, 1.0))
			.append(line("plain JDBC batch insert (1,000 per batch)", batchNanos, batchRate, batchRate / copyRate))
			.append(line("Cleanprod import: read, check, stage, merge, revisions", importNanos, importRate,
					importRate / copyRate))
			.append("\nImport / COPY: ")
			.append(String.format("%.2f", importRate / copyRate))
			.append("; import / JDBC batch: ")
			.append(String.format("%.2f", importRate / batchRate))
			.append("\n\n");
		this.jdbc.sql("DELETE FROM record_revision").update();
		this.jdbc.sql("DELETE FROM consumption_record").update();

		Path file = Path.of("target/bench/consumption.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, report.toString());
		System.out.println(report);
	}

	private ImportSummary run(CurrentUser officer, String name, byte[] content, ImportJobs.Mode mode) {
		ImportUploads.Upload upload = this.uploads.store("consumption", officer.id(), name, content);
		return this.imports.run(upload, officer, Formats.VIETNAMESE, null, mode, (done, total) -> {
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

	private String scratchTable(String name) {
		this.jdbc.sql("DROP TABLE IF EXISTS " + name).update();
		this.jdbc
			.sql("CREATE TABLE " + name
					+ " (LIKE consumption_record INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING INDEXES)")
			.update();
		return name;
	}

	private void rawCopy(String table, List<FacilityRef> refs, int rows) {
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
		try (Connection connection = this.dataSource.getConnection()) {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY " + table
						+ " (facility_id, resource_code, period_month, quantity, unit, source, updated_at, "
						+ "updated_by) FROM STDIN (FORMAT csv)", new java.io.StringReader(text.toString()));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void jdbcBatch(String table, List<FacilityRef> refs, int rows) {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
					+ " (facility_id, resource_code, period_month, quantity, unit, source, updated_at, updated_by)"
					+ " VALUES (?, ?, ?, ?, ?, 'IMPORTED', now(), 'bench')")) {
				AtomicLong pending = new AtomicLong();
				forEachRow(refs, rows, (code, facility, month, resource, quantity) -> {
					try {
						insert.setLong(1, facility);
						insert.setString(2, RESOURCES[resource]);
						insert.setObject(3, month.atDay(1));
						insert.setBigDecimal(4, java.math.BigDecimal.valueOf(quantity));
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

	private static String line(String method, long nanos, double rate, double ratio) {
		return String.format("| %s | %.1f | %.0f | %.2f |%n", method, nanos / 1e9, rate, ratio);
	}

}
