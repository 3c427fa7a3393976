package org.cleanprod.shared.excel;

import org.cleanprod.consumption.imports.ConsumptionImport;
import org.cleanprod.facility.imports.FacilityImport;

import org.cleanprod.places.Places;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.cleanprod.facility.FacilityFixtures;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.test.BothDatabases;
import org.cleanprod.test.CraftedFiles;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cleanprod.test.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Feeds generated malformed, hostile and odd XLSX and CSV files to both imports through
 * their pages: random bytes, truncated and corrupted zips, huge cell coordinates and
 * strings, deep XML, DOCTYPEs, wrong encodings, zip bombs, too many entries, and valid
 * but odd files. No answer may be a server error, no job may fail with the generic error
 * or run out of memory, no file may write anything (the record, facility and enterprise
 * tables stay as they were), and the live heap after each collection stays within
 * {@link #HEAP_BOUND} of what it was before the first file.
 * <p>
 * {@code -Dfuzz.files} sets how many files (default {@value #DEFAULT_FILES}; the
 * {@code fuzz} profile runs 2,000 in a JVM of 1 GB heap). File {@code i} is made from the
 * seed {@link #SEED} + i, so a failure, which names its seed and kind, is made again
 * alike.
 */
@IntegrationTest
@BothDatabases
@Tag("fuzz")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class UploadFuzzTests {

	static final long SEED = 20_261_203L;

	static final int DEFAULT_FILES = 250;

	/** How much the live heap (after a collection) may grow while the files are fed. */
	static final long HEAP_BOUND = 512L * 1024 * 1024;

	private static final String CONSUMPTION_HEADER = "Tháng,Loại năng lượng/tài nguyên,Sản phẩm,Số lượng,Đơn vị";

	private static final String FACILITY_HEADER = "Mã số thuế,Tên doanh nghiệp,Loại hình sở hữu,Tên cơ sở,Mã ĐVHC,Ngành VSIC";

	enum Kind {

		RANDOM_BYTES, TRUNCATED_ZIP, CORRUPTED_ZIP, HUGE_COLUMN, HUGE_ROW_NUMBER, HUGE_STRING, MANY_CELLS, DEEP_XML,
		DOCTYPE, UTF16_PART, ZIP_BOMB, MANY_ENTRIES, SHARED_STRINGS_BOMB, CSV_WRONG_ENCODING, CSV_LONG_FIELD,
		CSV_MANY_FIELDS, CSV_UNBALANCED_QUOTE, CSV_BINARY, VALID_ODD_XLSX, VALID_ODD_CSV

	}

	record Generated(Kind kind, long seed, String name, byte[] content) {

		@Override
		public String toString() {
			return "seed=" + this.seed + " kind=" + this.kind + " file=" + this.name + " (" + this.content.length
					+ " bytes)";
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	ImportJobs jobs;

	@Autowired
	FacilityService facilities;

	@Autowired
	Places reference;

	CurrentUser officer;

	long mill;

	@BeforeEach
	void setUp() {
		this.officer = this.users.officer();
		this.mill = FacilityFixtures.facility(this.facilities, this.reference, this.officer, "Nhà máy Thử Mờ", "13");
	}

	@AfterEach
	void removeData() {
		this.jdbc.sql("DELETE FROM import_upload WHERE owner_id = :owner").param("owner", this.officer.id()).update();
		this.jdbc.sql("DELETE FROM import_job WHERE owner_id = :owner").param("owner", this.officer.id()).update();
		Long enterprise = this.jdbc.sql("SELECT enterprise_id FROM facility WHERE id = :id")
			.param("id", this.mill)
			.query(Long.class)
			.single();
		this.jdbc.sql("DELETE FROM audit_log WHERE entity_id IN (:ids) AND entity_type IN ('facility', 'enterprise')")
			.param("ids", List.of(this.mill, enterprise))
			.update();
		this.jdbc.sql("DELETE FROM facility WHERE id = :id").param("id", this.mill).update();
		this.jdbc.sql("DELETE FROM enterprise WHERE id = :id").param("id", enterprise).update();
	}

	@Test
	void hostileFilesNeverCauseAServerErrorAWriteOrUnboundedHeap() throws Exception {
		int files = Integer.getInteger("fuzz.files", DEFAULT_FILES);
		Map<String, Long> before = tables();
		HeapWatch heap = new HeapWatch();
		Map<Kind, Integer> counts = new LinkedHashMap<>();
		long started = System.nanoTime();
		for (int i = 0; i < files; i++) {
			Generated file = generate(SEED + i, Kind.values()[i % Kind.values().length]);
			counts.merge(file.kind(), 1, Integer::sum);
			upload("/consumption/import", ConsumptionImport.KIND, file, "facilityId", String.valueOf(this.mill));
			upload("/facilities/import", FacilityImport.KIND, file);
			heap.sample();
			if (i % 50 == 49) {
				assertThat(tables()).as("after %s", file).isEqualTo(before);
			}
		}
		assertThat(tables()).as("nothing written").isEqualTo(before);
		System.out.printf(
				"Upload fuzz: %d files %s in %.1f s; heap peak %d MB, live heap after GC at most %d MB "
						+ "(%d MB before, bound +%d MB)%n",
				files, counts, (System.nanoTime() - started) / 1e9, heap.peak() / 1_048_576, heap.maxLive() / 1_048_576,
				heap.baseline() / 1_048_576, HEAP_BOUND / 1_048_576);
		assertThat(heap.maxLive() - heap.baseline()).as("live heap growth").isLessThan(HEAP_BOUND);
		assertThat(heap.thresholdCrossings()).as("collections that left more than the bound").isZero();
	}

	/**
	 * An import, of either kind: the upload answers its page with the reason, or starts a
	 * job that ends well and whose page shows.
	 */
	private void upload(String path, String kind, Generated file, String... parameters) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart(path)
			.file(new MockMultipartFile("file", file.name(), "application/octet-stream", file.content()));
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		MvcResult upload = this.mvc.perform(request.with(as(this.officer)).with(csrf())).andReturn();
		int status = upload.getResponse().getStatus();
		assertThat(status).as("%s upload of %s", kind, file).isIn(200, 302);
		if (status == 200) {
			assertThat(upload.getResponse().getContentAsString()).as("%s", file).contains("import-file-error");
			return;
		}
		String location = upload.getResponse().getRedirectedUrl();
		String id = location.substring(location.lastIndexOf('/') + 1);
		await(kind + " job of " + file).pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(5))
			.atMost(Duration.ofMinutes(2))
			.until(() -> !this.jobs.find(id, kind, this.officer.id()).orElseThrow().isRunning());
		ImportJobs.Job job = this.jobs.find(id, kind, this.officer.id()).orElseThrow();
		assertThat(job.errorKey()).as("%s job of %s", kind, file)
			.isNotIn("error.server.detail", "import.error.outOfMemory");
		MvcResult page = this.mvc.perform(get(location).with(as(this.officer))).andReturn();
		assertThat(page.getResponse().getStatus()).as("%s job page of %s", kind, file).isEqualTo(200);
	}

	private Map<String, Long> tables() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : List.of("consumption_record", "production_record", "record_revision", "facility",
				"enterprise", "consumption_staging")) {
			counts.put(table, this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
		}
		return counts;
	}

	static Generated generate(long seed, Kind kind) {
		Random random = new Random(seed);
		return switch (kind) {
			case RANDOM_BYTES -> {
				byte[] bytes = new byte[random.nextInt(5_000)];
				random.nextBytes(bytes);
				if (random.nextBoolean() && bytes.length > 4) {
					bytes[0] = 'P';
					bytes[1] = 'K';
					bytes[2] = 3;
					bytes[3] = 4;
				}
				yield new Generated(kind, seed, random.nextBoolean() ? "r.xlsx" : "r.csv", bytes);
			}
			case TRUNCATED_ZIP -> {
				byte[] valid = validXlsx(random);
				yield new Generated(kind, seed, "cut.xlsx", Arrays.copyOf(valid, random.nextInt(valid.length)));
			}
			case CORRUPTED_ZIP -> {
				byte[] bytes = validXlsx(random);
				for (int n = 1 + random.nextInt(20); n > 0; n--) {
					bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
				}
				yield new Generated(kind, seed, "bad.xlsx", bytes);
			}
			case HUGE_COLUMN -> {
				StringBuilder letters = new StringBuilder();
				for (int n = 4 + random.nextInt(12); n > 0; n--) {
					letters.append((char) ('A' + random.nextInt(26)));
				}
				yield xlsx(kind, seed, header(random) + "<row r=\"2\"><c r=\"" + letters + "2\"><v>1</v></c></row>");
			}
			case HUGE_ROW_NUMBER ->
				xlsx(kind, seed, header(random) + "<row r=\"" + (Integer.MAX_VALUE + (long) random.nextInt(1_000_000))
						+ "\"><c r=\"A" + Long.MAX_VALUE + "\"><v>1</v></c></row>");
			case HUGE_STRING -> {
				long length = (random.nextInt(40) == 0) ? 256L * 1024 * 1024 : 33_000 + random.nextInt(1_000_000);
				CraftedFiles.Part rows = out -> {
					out.write(header(random).getBytes(StandardCharsets.UTF_8));
					CraftedFiles.hugeInlineString(2, length, (char) ('a' + random.nextInt(26))).writeTo(out);
				};
				yield new Generated(kind, seed, "chuoi.xlsx", CraftedFiles.xlsx(rows));
			}
			case MANY_CELLS -> {
				int cells = 16_385 + random.nextInt(50_000);
				CraftedFiles.Part rows = out -> {
					out.write("<row r=\"1\">".getBytes(StandardCharsets.UTF_8));
					for (int c = 0; c < cells; c++) {
						out.write("<c><v>1</v></c>".getBytes(StandardCharsets.UTF_8));
					}
					out.write("</row>".getBytes(StandardCharsets.UTF_8));
				};
				yield new Generated(kind, seed, "o.xlsx", CraftedFiles.xlsx(rows));
			}
			case DEEP_XML -> {
				int depth = 65 + random.nextInt(20_000);
				yield xlsx(kind, seed, "<x>".repeat(depth) + "</x>".repeat(random.nextBoolean() ? depth : 0));
			}
			case DOCTYPE -> new Generated(kind, seed, "dtd.xlsx",
					CraftedFiles.xlsxWith(Map.of(random.nextBoolean() ? "xl/worksheets/sheet1.xml" : "xl/workbook.xml",
							CraftedFiles.text("<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY a \"aaaaaaaaaa\">"
									+ "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><worksheet>&b;</worksheet>"))));
			case UTF16_PART -> {
				Charset charset = random.nextBoolean() ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
				String sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
						+ "<sheetData>" + header(random) + "</sheetData></worksheet>";
				yield new Generated(kind, seed, "u.xlsx", CraftedFiles
					.xlsxWith(Map.of("xl/worksheets/sheet1.xml", out -> out.write(sheet.getBytes(charset)))));
			}
			case ZIP_BOMB -> {
				long megabytes = 2 + random.nextInt(30);
				CraftedFiles.Part zeros = out -> {
					byte[] chunk = new byte[1 << 20];
					Arrays.fill(chunk, (byte) ' ');
					out.write(header(random).getBytes(StandardCharsets.UTF_8));
					for (long m = 0; m < megabytes; m++) {
						out.write(chunk);
					}
				};
				yield new Generated(kind, seed, "bom.xlsx", CraftedFiles.xlsx(zeros));
			}
			case MANY_ENTRIES -> {
				Map<String, CraftedFiles.Part> parts = new LinkedHashMap<>();
				for (int e = 1_001 + random.nextInt(3_000); e > 0; e--) {
					parts.put("xl/media/e" + e + ".bin", out -> {
					});
				}
				yield new Generated(kind, seed, "nhieu.xlsx", CraftedFiles.xlsxWith(parts));
			}
			case SHARED_STRINGS_BOMB -> {
				int strings = 100_000 + random.nextInt(1_000_000);
				CraftedFiles.Part sst = out -> {
					out.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
						.getBytes(StandardCharsets.UTF_8));
					byte[] item = "<si><t>ab</t></si>".getBytes(StandardCharsets.UTF_8);
					for (int s = 0; s < strings; s++) {
						out.write(item);
					}
					out.write("</sst>".getBytes(StandardCharsets.UTF_8));
				};
				yield new Generated(kind, seed, "sst.xlsx",
						CraftedFiles.xlsxWith(Map
							.of("xl/sharedStrings.xml", sst, "xl/worksheets/sheet1.xml", CraftedFiles.sheet(CraftedFiles
								.text("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>" + (strings - 1) + "</v></c></row>")))));
			}
			case CSV_WRONG_ENCODING -> {
				String text = validCsv(random);
				Charset charset = List
					.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, Charset.forName("windows-1258"),
							StandardCharsets.ISO_8859_1)
					.get(random.nextInt(4));
				byte[] bytes = text.getBytes(charset);
				if (charset == StandardCharsets.UTF_16LE && random.nextBoolean()) {
					byte[] bom = new byte[bytes.length + 2];
					bom[0] = (byte) 0xFF;
					bom[1] = (byte) 0xFE;
					System.arraycopy(bytes, 0, bom, 2, bytes.length);
					bytes = bom;
				}
				yield new Generated(kind, seed, "ma.csv", bytes);
			}
			case CSV_LONG_FIELD -> csv(kind, seed,
					validCsv(random) + "2024-01,\"" + "đ".repeat(32_768 + random.nextInt(500_000)) + "\",,1,kWh\n");
			case CSV_MANY_FIELDS -> csv(kind, seed,
					CONSUMPTION_HEADER + ",x".repeat(16_384 + random.nextInt(20_000)) + "\n2024-01,Điện năng,,1,kWh\n");
			case CSV_UNBALANCED_QUOTE -> csv(kind, seed,
					CONSUMPTION_HEADER + "\n\"2024-01," + "Điện năng,,1,kWh\n".repeat(1 + random.nextInt(5_000)));
			case CSV_BINARY -> {
				byte[] bytes = (validCsv(random)).getBytes(StandardCharsets.UTF_8);
				for (int n = 1 + random.nextInt(10); n > 0; n--) {
					bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(32);
				}
				yield new Generated(kind, seed, "nhi-phan.csv", bytes);
			}
			case VALID_ODD_XLSX -> new Generated(kind, seed, "la.xlsx", oddXlsx(random));
			case VALID_ODD_CSV -> csv(kind, seed, oddCsv(random));
		};
	}

	private static Generated xlsx(Kind kind, long seed, String rows) {
		return new Generated(kind, seed, kind.name().toLowerCase() + ".xlsx", CraftedFiles.xlsx(rows));
	}

	private static Generated csv(Kind kind, long seed, String text) {
		return new Generated(kind, seed, kind.name().toLowerCase() + ".csv", text.getBytes(StandardCharsets.UTF_8));
	}

	private static String header(Random random) {
		return CraftedFiles.row(1, List.of((random.nextBoolean() ? CONSUMPTION_HEADER : FACILITY_HEADER).split(",")));
	}

	private static byte[] validXlsx(Random random) {
		StringBuilder rows = new StringBuilder(header(random));
		for (int r = 2; r < 2 + random.nextInt(50); r++) {
			rows.append(CraftedFiles.row(r, List.of("2024-0" + (1 + random.nextInt(9)), "Điện năng", "",
					String.valueOf(random.nextInt(10_000)), "kWh")));
		}
		return CraftedFiles.xlsx(rows.toString());
	}

	private static String validCsv(Random random) {
		StringBuilder csv = new StringBuilder(CONSUMPTION_HEADER).append('\n');
		for (int r = 0; r < 1 + random.nextInt(30); r++) {
			csv.append("2024-0")
				.append(1 + random.nextInt(9))
				.append(",Điện năng,,")
				.append(random.nextInt(9_999))
				.append(",kWh\n");
		}
		return csv.toString();
	}

	/**
	 * Files a real tool may write: prefixed XML, shared strings, rows and cells out of
	 * order or without references, numbers as text, dates, empty rows, header only.
	 */
	private static byte[] oddXlsx(Random random) {
		List<String> values = List.of("2024-03", "03/2024", "45000", "Điện năng", "ELECTRICITY", "Vải mộc", "-1",
				"1.234,5", "1,234.5", "", " ", "Nước", "m3", "kWh", "Ước tính", "CS-000001", "0300588569", "Tư nhân",
				"25747", "13", "😀", "&<>\"'");
		StringBuilder rows = new StringBuilder(header(random));
		int count = random.nextInt(40);
		for (int r = 0; r < count; r++) {
			int number = random.nextBoolean() ? r + 2 : 2 + random.nextInt(100);
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < 1 + random.nextInt(8); c++) {
				cells.add(random.nextInt(5) == 0 ? null : values.get(random.nextInt(values.size())));
			}
			rows.append(random.nextInt(4) == 0 ? "<row/>" : CraftedFiles.row(number, cells));
		}
		String sheet = rows.toString();
		if (random.nextBoolean()) {
			String prefixed = sheet.replace("<row", "<x:row")
				.replace("</row>", "</x:row>")
				.replace("<c ", "<x:c ")
				.replace("</c>", "</x:c>")
				.replace("<is>", "<x:is>")
				.replace("</is>", "</x:is>")
				.replace("<t>", "<x:t>")
				.replace("</t>", "</x:t>");
			return CraftedFiles.xlsxWith(Map.of("xl/worksheets/sheet1.xml",
					CraftedFiles
						.text("<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
								+ "<x:sheetData>" + prefixed + "</x:sheetData></x:worksheet>")));
		}
		return CraftedFiles.xlsx(sheet);
	}

	private static String oddCsv(Random random) {
		String separator = random.nextBoolean() ? "," : ";";
		String newline = List.of("\n", "\r\n", "\r").get(random.nextInt(3));
		StringBuilder csv = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "");
		csv.append((random.nextBoolean() ? CONSUMPTION_HEADER : FACILITY_HEADER).replace(",", separator))
			.append(newline);
		for (int r = 0; r < random.nextInt(40); r++) {
			List<String> fields = new ArrayList<>();
			for (int f = 0; f < random.nextInt(9); f++) {
				fields.add(switch (random.nextInt(6)) {
					case 0 -> "\"quoted " + separator + " with \"\"quotes\"\" and" + newline + "a break\"";
					case 1 -> "";
					case 2 -> "2024-0" + (1 + random.nextInt(9));
					case 3 -> "Điện năng";
					case 4 -> String.valueOf(random.nextInt(100_000));
					default -> "  spaced  ";
				});
			}
			csv.append(String.join(separator, fields)).append(newline);
		}
		return csv.toString();
	}

	/**
	 * The heap while the files are fed: its peak use, and its live size after each
	 * collection, watched by the collection-usage thresholds of the heap pools, which
	 * count every collection that left more than the baseline and the bound.
	 */
	static final class HeapWatch {

		private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported())
			.toList();

		private final long baseline;

		private long maxLive;

		HeapWatch() {
			System.gc();
			this.baseline = live();
			this.maxLive = this.baseline;
			for (MemoryPoolMXBean pool : this.pools) {
				pool.resetPeakUsage();
				pool.setCollectionUsageThreshold(pool.getCollectionUsage().getUsed() + HEAP_BOUND);
			}
			ManagementFactory.getMemoryPoolMXBeans()
				.stream()
				.filter(pool -> pool.getType() == MemoryType.HEAP)
				.forEach(MemoryPoolMXBean::resetPeakUsage);
		}

		void sample() {
			this.maxLive = Math.max(this.maxLive, live());
		}

		long baseline() {
			return this.baseline;
		}

		long maxLive() {
			return this.maxLive;
		}

		long peak() {
			return ManagementFactory.getMemoryPoolMXBeans()
				.stream()
				.filter(pool -> pool.getType() == MemoryType.HEAP)
				.mapToLong(pool -> pool.getPeakUsage().getUsed())
				.sum();
		}

		long thresholdCrossings() {
			return this.pools.stream().mapToLong(MemoryPoolMXBean::getCollectionUsageThresholdCount).sum();
		}

		private long live() {
			return this.pools.stream().mapToLong(pool -> pool.getCollectionUsage().getUsed()).sum();
		}

	}

}
