package org.cleanprod.consumption;

import org.cleanprod.consumption.imports.ConsumptionImport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.cleanprod.shared.excel.ImportJobs;
import org.cleanprod.shared.excel.ImportSummary;
import org.cleanprod.shared.excel.ImportUploads;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.upload.UploadLimit;
import org.cleanprod.test.BothDatabases;
import org.cleanprod.test.CraftedFiles;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestLimits;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cleanprod.test.TestUsers.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The findings of the upload review, each reproduced on the consumption import: crafted
 * XLSX files, a file of many equal rows cancelled while its duplicates are sought, no row
 * cap, no limit of running jobs, huge echoed values, too large a file. Each is refused
 * with a message naming the limit and its value, and writes nothing.
 */
@IntegrationTest
@BothDatabases
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ConsumptionImportLimitsTests {

	private static final String HEADER = "Tháng,Loại năng lượng/tài nguyên,Sản phẩm,Số lượng,Đơn vị\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	ConsumptionImport imports;

	@Autowired
	ImportUploads uploads;

	@Autowired
	ImportJobs jobs;

	@Autowired
	TestLimits limits;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	CommittedData data;

	CurrentUser officer;

	long mill;

	@BeforeEach
	void setUp() {
		this.officer = this.data.user(this.users.officer());
		this.mill = this.data.textileFacility(this.officer, "Nhà máy Giới Hạn");
	}

	@AfterEach
	void restore() {
		this.data.removeAll();
	}

	@Test
	void anXlsxCellAtColumnAAAAAAAFailsTheJobNamingTheColumnLimit() throws Exception {
		byte[] file = CraftedFiles
			.xlsx(CraftedFiles.row(1, List.of("Tháng", "Loại năng lượng/tài nguyên", "Sản phẩm", "Số lượng"))
					+ "<row r=\"2\"><c r=\"AAAAAAA2\"><v>1</v></c></row>");
		String job = upload("cot.xlsx", file);
		awaitEnd(job);
		this.mvc.perform(get("/imports/jobs/" + job).with(as(this.officer)))
			.andExpect(content().string(allOf(containsString("id=\"import-failed\""),
					containsString("giới hạn số cột mỗi dòng"), containsString("16.384"))));
		assertThat(records()).isZero();
	}

	@Test
	void aQuarterBillionCharacterInlineStringFailsTheJobNamingTheCellLimit() throws Exception {
		byte[] file = CraftedFiles.xlsx(CraftedFiles.hugeInlineString(1, 256L * 1024 * 1024, 'x'));
		String job = upload("chuoi.xlsx", file);
		awaitEnd(job);
		this.mvc.perform(get("/imports/jobs/" + job).param("lang", "en").with(as(this.officer)))
			.andExpect(content().string(allOf(containsString("the limit of characters per cell"),
					containsString("32,767"), containsString("id=\"import-again\""))));
		assertThat(records()).isZero();
	}

	/**
	 * Before, a file of many equal rows listed every pair and deleted them with a window
	 * query: the preview sat at "100 %" for over 20 minutes, and Cancel did nothing. Now
	 * the duplicates are counted and only the first are named; Cancel during the search
	 * is the next test, and a long statement cancelled in the database is in
	 * {@code ImportJobsTests}.
	 */
	@Test
	void manyEqualRowsAreCountedQuicklyAndOnlyTheFirstAreNamed() {
		int rows = 100_000;
		ImportSummary summary = this.imports.run(store(equalRows(rows)), this.officer, Formats.VIETNAMESE, this.mill,
				null, ImportJobs.Mode.COMMIT, (done, total) -> {
				});
		assertThat(summary.read()).isEqualTo(rows);
		assertThat(summary.rejected()).isEqualTo(rows - 1);
		assertThat(summary.inserted()).isOne();
		assertThat(summary.committed()).isFalse();
		assertThat(summary.errors()).hasSize(ImportSummary.MAX_ERRORS);
		assertThat(summary.errors().getFirst().row()).isEqualTo(3);
		assertThat(summary.errors().getFirst().reason()).contains("dòng 2");
		assertThat(records()).isZero();
	}

	@Test
	void cancelStopsTheDuplicateSearchWithinTwoSecondsAndWritesNothing() throws InterruptedException {
		ImportUploads.Upload upload = store(equalRows(100_000));
		CountDownLatch searching = new CountDownLatch(1);
		String job = this.jobs.startUpload(ConsumptionImport.KIND, this.officer.id(), upload.fileName(),
				ImportJobs.Mode.COMMIT, null, progress -> this.imports.run(upload, this.officer, Formats.VIETNAMESE,
						this.mill, null, ImportJobs.Mode.COMMIT, new ImportJobs.Progress() {
							@Override
							public void rows(long done, Long total) {
								progress.rows(done, total);
							}

							@Override
							public void phase(ImportJobs.Phase phase) {
								progress.phase(phase);
								if (phase == ImportJobs.Phase.DUPLICATES) {
									searching.countDown();
									holdUntilCancelled(progress, phase);
								}
							}
						}));
		assertThat(searching.await(2, TimeUnit.MINUTES)).isTrue();
		assertThat(this.jobs.requestCancel(job, ConsumptionImport.KIND, this.officer.id())).isTrue();
		await().atMost(Duration.ofSeconds(2)).until(() -> !job(job).isRunning());
		assertThat(job(job).errorKey()).isEqualTo("import.error.cancelled");
		assertThat(records()).isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM consumption_staging").query(Long.class).single()).isZero();
	}

	@Test
	void aFileOfMoreRowsThanTheLimitIsRefusedNamingIt() throws Exception {
		this.limits.with(UploadLimit.ROWS, 10, () -> {
			StringBuilder csv = new StringBuilder(HEADER);
			for (int month = 1; month <= 12; month++) {
				csv.append("2024-").append((month < 10) ? "0" : "").append(month).append(",Điện năng,,1,kWh\n");
			}
			String job = upload("dong.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
			awaitEnd(job);
			this.mvc.perform(get("/imports/jobs/" + job).with(as(this.officer)))
				.andExpect(
						content().string(allOf(containsString("nhiều hơn 10 dòng"), containsString("import-failed"))));
			assertThat(records()).isZero();
		});
	}

	@Test
	void aUserWithTwoRunningImportsCannotStartAThirdAndNothingIsStored() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		for (int i = 0; i < UploadLimit.JOBS_PER_USER.defaultValue(); i++) {
			this.jobs.startUpload(ConsumptionImport.KIND, this.officer.id(), "giu.csv", ImportJobs.Mode.PREVIEW, null,
					progress -> {
						TestLimits.hold(release);
						return new ImportSummary("giu.csv", 0, 0, 0, 0, 0, List.of(), false);
					});
		}
		try {
			this.mvc
				.perform(multipart("/consumption/import")
					.file(new MockMultipartFile("file", "ba.csv", "text/csv",
							(HEADER + "2024-01,Điện năng,,1,kWh\n").getBytes(StandardCharsets.UTF_8)))
					.param("facilityId", String.valueOf(this.mill))
					.with(as(this.officer))
					.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"import-file-error\""),
						containsString("giới hạn số việc nhập đồng thời của mỗi người dùng"), containsString("2"))));
			assertThat(uploadsOfOfficer()).isZero();
		}
		finally {
			release.countDown();
		}
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("SELECT COUNT(*) FROM import_job WHERE owner_id = :owner AND status = 'RUNNING'")
				.param("owner", this.officer.id())
				.query(Long.class)
				.single() == 0);
	}

	@Test
	void aHugeValueIsEchoedCutAndTheStoredReportStaysSmall() throws Exception {
		String huge = "Than " + "đá".repeat(15_000);
		StringBuilder csv = new StringBuilder(HEADER);
		for (int month = 1; month <= 12; month++) {
			csv.append("2024-")
				.append((month < 10) ? "0" : "")
				.append(month)
				.append(',')
				.append(huge)
				.append(",,1,t\n");
		}
		String job = upload("dai.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
		awaitEnd(job);
		String report = this.jdbc.sql("SELECT report FROM import_job WHERE id = :id")
			.param("id", job)
			.query(String.class)
			.single();
		assertThat(report.length()).as("12 errors, each echo (value, resource, reason) cut to 80 characters")
			.isLessThan(8_000);
		String page = this.mvc.perform(get("/imports/jobs/" + job).with(as(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("bị từ chối 12"), containsString("…"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.length()).isLessThan(40_000);
	}

	@Test
	void aFileLargerThanTheSizeLimitIsRefusedBeforeItIsStored() throws Exception {
		this.limits.withTooLargeUpload("/consumption/import", upload -> {
			this.mvc.perform(upload.param("facilityId", String.valueOf(this.mill)).with(as(this.officer)).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"import-file-error\""),
						containsString(TestLimits.TOO_LARGE), not(containsString("??")))));
			assertThat(uploadsOfOfficer()).isZero();
		});
	}

	/**
	 * Holds the job in its phase, as a long search would, reporting as the search does
	 * until the report stops the job (at most 30 seconds): so that Cancel is certain to
	 * come while the job is in the phase, however fast the database is.
	 */
	private static void holdUntilCancelled(ImportJobs.Progress progress, ImportJobs.Phase phase) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < deadline) {
			progress.phase(phase);
			Thread.onSpinWait();
		}
	}

	private String equalRows(int rows) {
		StringBuilder csv = new StringBuilder(HEADER.length() + rows * 28).append(HEADER);
		for (int i = 0; i < rows; i++) {
			csv.append("2024-01,Điện năng,,1200,kWh\n");
		}
		return csv.toString();
	}

	private ImportUploads.Upload store(String csv) {
		return this.uploads.store(ConsumptionImport.KIND, this.officer.id(), "trung.csv",
				csv.getBytes(StandardCharsets.UTF_8));
	}

	private String upload(String name, byte[] content) throws Exception {
		String location = this.mvc
			.perform(multipart("/consumption/import").file(new MockMultipartFile("file", name, "text/csv", content))
				.param("facilityId", String.valueOf(this.mill))
				.with(as(this.officer))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private void awaitEnd(String job) {
		await().atMost(Duration.ofMinutes(1)).until(() -> !job(job).isRunning());
	}

	private ImportJobs.Job job(String id) {
		return this.jobs.find(id, ConsumptionImport.KIND, this.officer.id()).orElseThrow();
	}

	private long records() {
		return this.data.records(this.mill);
	}

	private long uploadsOfOfficer() {
		return this.jdbc.sql("SELECT COUNT(*) FROM import_upload WHERE owner_id = :owner")
			.param("owner", this.officer.id())
			.query(Long.class)
			.single();
	}

}
