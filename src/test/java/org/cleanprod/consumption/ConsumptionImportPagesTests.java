package org.cleanprod.consumption;

import org.cleanprod.shared.excel.XlsxWriter;
import org.cleanprod.consumption.imports.ConsumptionImport;
import org.cleanprod.consumption.imports.ConsumptionImportController;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.cleanprod.facility.FacilityService;
import org.cleanprod.resources.Resources;
import org.cleanprod.shared.excel.ImportJobs;
import org.cleanprod.shared.excel.ImportSummary;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.units.MeasureUnit;
import org.cleanprod.test.BothDatabases;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import pages: upload, background check with progress, preview, commit, cancel. Jobs
 * run on other threads in transactions of their own, so the data here is committed rather
 * than rolled back.
 */
@IntegrationTest
@BothDatabases
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ConsumptionImportPagesTests {

	private static final String HEADER = "Tháng,Loại năng lượng/tài nguyên,Sản phẩm,Số lượng,Đơn vị\n";

	private static final String GOOD = HEADER + "01/2024,Điện năng,,\"1.200,5\",kWh\n" + "2024-02,Điện năng,,1300,kWh\n"
			+ "2024-01,,Vải mộc,5000,m\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	FacilityService facilities;

	@Autowired
	ConsumptionService consumption;

	@Autowired
	Resources reference;

	@Autowired
	ImportJobs jobs;

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
		this.mill = this.data.textileFacility(this.officer, "Nhà máy Nhập Trang");
		this.consumption.addProduct(this.mill, "Vải mộc", MeasureUnit.METRE, true, this.officer);
	}

	@AfterEach
	void removeCommittedData() {
		this.data.removeAll();
	}

	@ParameterizedTest
	@ValueSource(strings = { "vi", "en" })
	void theUploadPagesRenderInBothLanguages(String lang) throws Exception {
		this.mvc
			.perform(get("/consumption/import").param("facilityId", String.valueOf(this.mill))
				.param("lang", lang)
				.with(as(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"import-file\""),
					containsString("/consumption/import/template?facilityId=" + this.mill),
					containsString("name=\"facilityId\" value=\"" + this.mill + "\""), not(containsString("??")))));
		this.mvc.perform(get("/consumption/import").param("lang", lang).with(as(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"import-scope\""),
					not(containsString("name=\"facilityId\"")), not(containsString("??")))));
	}

	@Test
	void aRejectedRowIsNamedByRowAndColumnAndTheFileCannotBeCommitted() throws Exception {
		String job = upload(HEADER + "2024-01,Điện năng,,1200,kWh\n2024-02,Điện năng,,-5,kWh\n", this.mill);
		awaitDone(job);
		this.mvc.perform(get("/imports/jobs/" + job).with(as(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"import-summary\""),
					containsString("<th scope=\"row\" class=\"num\">3</th>"), containsString("<td>Số lượng</td>"),
					containsString("bị từ chối 1"), not(containsString("id=\"import-commit\"")),
					containsString("id=\"import-cancel\""), not(containsString("hx-trigger")))));
		this.mvc.perform(get("/imports/jobs/" + job).param("lang", "en").with(as(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("1 rejected"), not(containsString("??")))));
		this.mvc.perform(post("/imports/jobs/" + job + "/commit").with(as(this.officer)).with(csrf()))
			.andExpect(redirectedUrl("/imports/jobs/" + job));
		assertThat(records()).isZero();
	}

	@Test
	void aRejectedFileListsValueMonthAndResourceAndOffersTheCorrectedUploadOnTheSamePage() throws Exception {
		String job = upload(HEADER + "2024-01,Điện năng,,1200,kWh\n03/2024,Điện năng,,-5,kWh\n", this.mill);
		awaitDone(job);
		this.mvc.perform(get("/imports/jobs/" + job).with(as(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("<td class=\"cp-value\">-5</td>"), containsString("<td>03/2024</td>"),
						containsString("<td>Điện năng</td>"), containsString("id=\"import-corrected\""),
						containsString("action=\"/consumption/import?facilityId=" + this.mill + "\""),
						containsString("Tải lên tệp đã sửa"))));

		String corrected = upload(HEADER + "2024-01,Điện năng,,1200,kWh\n03/2024,Điện năng,,5,kWh\n", this.mill);
		awaitDone(corrected);
		this.mvc.perform(get("/imports/jobs/" + corrected).with(as(this.officer)))
			.andExpect(content()
				.string(allOf(containsString("id=\"import-commit\""), not(containsString("id=\"import-corrected\"")))));
	}

	@Test
	void anAmbiguousFileIsCommittedOnlyAfterTheUserChoosesItsStyle() throws Exception {
		String job = upload(HEADER + "2024-01,Điện năng,,1.234,kWh\n2024-02,Điện năng,,1200,kWh\n", this.mill);
		awaitDone(job);
		this.mvc.perform(get("/imports/jobs/" + job).with(as(this.officer)))
			.andExpect(content().string(allOf(containsString("id=\"import-ambiguous\""),
					containsString("data-basis=\"UNCONFIRMED\""), containsString("id=\"import-recheck-ENGLISH\""),
					containsString("id=\"import-recheck-VIETNAMESE\""), not(containsString("id=\"import-commit\"")))));
		this.mvc.perform(post("/imports/jobs/" + job + "/commit").with(as(this.officer)).with(csrf()))
			.andExpect(redirectedUrl("/imports/jobs/" + job));
		assertThat(records()).as("never guessed").isZero();

		String english = redirect(
				this.mvc.perform(post("/imports/jobs/" + job + "/style").param("numberStyle", "ENGLISH")
					.with(as(this.officer))
					.with(csrf())));
		assertThat(english).isNotEqualTo(job);
		awaitDone(english);
		this.mvc.perform(get("/imports/jobs/" + job).with(as(this.officer)))
			.andExpect(redirectedUrl("/imports/jobs/" + english));
		this.mvc.perform(get("/imports/jobs/" + english).with(as(this.officer)))
			.andExpect(content().string(allOf(containsString("data-basis=\"CHOSEN\""),
					containsString("data-style=\"ENGLISH\""), containsString("id=\"import-commit\""))));
		String commit = redirect(
				this.mvc.perform(post("/imports/jobs/" + english + "/commit").with(as(this.officer)).with(csrf())));
		awaitDone(commit);
		assertThat(this.jdbc
			.sql("SELECT quantity FROM consumption_record WHERE facility_id = :id AND period_month = DATE '2024-01-01'")
			.param("id", this.mill)
			.query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("1.234");
	}

	@Test
	void theEnterpriseUsersImportEntryOpensItsOwnFacilitysImport() throws Exception {
		long enterprise = this.jdbc.sql("SELECT enterprise_id FROM facility WHERE id = :id")
			.param("id", this.mill)
			.query(Long.class)
			.single();
		CurrentUser clerk = this.data.user(this.users.enterprise(enterprise));
		this.mvc.perform(get("/consumption/import").with(as(clerk)))
			.andExpect(redirectedUrl("/consumption/import?facilityId=" + this.mill));
		this.mvc.perform(get("/consumption/import").param("facilityId", String.valueOf(this.mill)).with(as(clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"facilityId\" value=\"" + this.mill + "\""),
					not(containsString("id=\"import-scope\"")))));
	}

	@Test
	void aGoodFileIsCommittedOnceEvenWhenClickedTwiceAndAgainChangesNothing() throws Exception {
		String preview = upload(GOOD, this.mill);
		awaitDone(preview);
		this.mvc.perform(get("/imports/jobs/" + preview).with(as(this.officer)))
			.andExpect(content().string(allOf(containsString("id=\"import-commit\""), containsString("thêm mới 3"))));
		assertThat(records()).isZero();

		String commit = redirect(
				this.mvc.perform(post("/imports/jobs/" + preview + "/commit").with(as(this.officer)).with(csrf())));
		String second = redirect(
				this.mvc.perform(post("/imports/jobs/" + preview + "/commit").with(as(this.officer)).with(csrf())));
		assertThat(second).isEqualTo(commit).isNotEqualTo(preview);
		awaitDone(commit);
		assertThat(records()).isEqualTo(3);
		assertThat(uploads()).isZero();
		this.mvc.perform(get("/imports/jobs/" + commit).with(as(this.officer)))
			.andExpect(content().string(allOf(containsString("alert-success"),
					containsString("href=\"/consumption/facilities/" + this.mill + "\""),
					containsString("href=\"/facilities\""), not(containsString("id=\"import-commit\"")),
					not(containsString("id=\"import-cancel\"")))));
		this.mvc.perform(get("/imports/jobs/" + preview).with(as(this.officer)))
			.andExpect(content()
				.string(allOf(containsString("id=\"import-next\""), not(containsString("id=\"import-commit\"")))));

		String again = upload(GOOD, this.mill);
		awaitDone(again);
		assertThat(summary(again).unchanged()).isEqualTo(3);
		String recommit = redirect(
				this.mvc.perform(post("/imports/jobs/" + again + "/commit").with(as(this.officer)).with(csrf())));
		awaitDone(recommit);
		ImportSummary unchanged = summary(recommit);
		assertThat(unchanged.committed()).isTrue();
		assertThat(unchanged.unchanged()).isEqualTo(3);
		assertThat(unchanged.inserted() + unchanged.updated()).isZero();
		assertThat(records()).isEqualTo(3);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM record_revision WHERE facility_id = :id")
			.param("id", this.mill)
			.query(Long.class)
			.single()).as("nothing was replaced").isZero();
	}

	@Test
	void cancellingDropsTheFileAndWritesNothing() throws Exception {
		String job = upload(GOOD, this.mill);
		awaitDone(job);
		assertThat(uploads()).isOne();
		this.mvc.perform(post("/imports/jobs/" + job + "/cancel").with(as(this.officer)).with(csrf()))
			.andExpect(redirectedUrl("/consumption/import?facilityId=" + this.mill))
			.andExpect(flash().attributeExists("flash"));
		assertThat(uploads()).isZero();
		assertThat(records()).isZero();
		this.mvc.perform(post("/imports/jobs/" + job + "/commit").with(as(this.officer)).with(csrf()))
			.andExpect(redirectedUrl("/consumption/import?facilityId=" + this.mill))
			.andExpect(flash().attributeExists("flash"));
		assertThat(records()).isZero();
	}

	@Test
	void anotherUsersJobIsNotFound() throws Exception {
		String job = upload(GOOD, this.mill);
		awaitDone(job);
		CurrentUser colleague = this.users.officer();
		this.mvc.perform(get("/imports/jobs/" + job).with(as(colleague))).andExpect(status().isNotFound());
		this.mvc.perform(post("/imports/jobs/" + job + "/commit").with(as(colleague)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/imports/jobs/" + job + "/cancel").with(as(colleague)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/imports/jobs/no-such-job").with(as(this.officer))).andExpect(status().isNotFound());
		assertThat(uploads()).isOne();
	}

	@Test
	void aFacilityOutsideTheScopeCannotBeImportedInto() throws Exception {
		long other = this.data.textileFacility(this.officer, "Nhà máy Khác Trang");
		CurrentUser owner = this.users.enterprise(this.facilities.require(other, this.officer, false).enterpriseId());
		this.mvc.perform(get("/consumption/import").param("facilityId", String.valueOf(this.mill)).with(as(owner)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(multipart("/consumption/import").file(csv(GOOD))
				.param("facilityId", String.valueOf(this.mill))
				.with(as(owner))
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(uploads()).isZero();
	}

	@Test
	void withoutConsumptionEditTheImportIsForbidden() throws Exception {
		CurrentUser consultant = this.users.consultant();
		this.mvc.perform(get("/consumption/import").with(as(consultant))).andExpect(status().isForbidden());
		this.mvc.perform(get("/consumption/import/template").with(as(consultant))).andExpect(status().isForbidden());
		this.mvc.perform(multipart("/consumption/import").file(csv(GOOD)).with(as(consultant)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/imports/jobs/any").with(as(consultant))).andExpect(status().isForbidden());
	}

	@Test
	void aFileThatCannotBeReadFailsTheJobWithItsReason() throws Exception {
		String job = upload("Tháng,Loại năng lượng/tài nguyên,Đơn vị\n2024-01,Điện năng,kWh\n", this.mill);
		awaitDone(job);
		this.mvc.perform(get("/imports/jobs/" + job).with(as(this.officer)))
			.andExpect(content().string(allOf(containsString("id=\"import-failed\""),
					containsString("Thiếu cột \"Số lượng\""), containsString("id=\"import-again\""))));
		this.mvc
			.perform(multipart("/consumption/import").file(new MockMultipartFile("file", "so-lieu.pdf",
					"application/pdf", "%PDF".getBytes(StandardCharsets.UTF_8)))
				.with(as(this.officer))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("import-file-error")));
	}

	/**
	 * While a job runs, its page shows an accessible progress bar that polls its own
	 * fragment; once done, the fragment no longer polls. The job is held by a latch so
	 * that the running state is seen for certain.
	 */
	@Test
	void theJobPageShowsProgressAndStopsPollingWhenDone() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		String job = this.jobs.start(ConsumptionImport.KIND, this.officer.id(), "lon.csv", ImportJobs.Mode.PREVIEW,
				"no-upload;" + this.mill + ";", progress -> {
					progress.rows(5_000, 100_000L);
					try {
						release.await(1, TimeUnit.MINUTES);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					return new ImportSummary("lon.csv", 1, 1, 0, 0, 0, List.of(), false);
				});
		await().atMost(Duration.ofMinutes(1))
			.until(() -> this.jobs.find(job, ConsumptionImport.KIND, this.officer.id()).orElseThrow().rowsDone() > 0);
		this.mvc.perform(get("/imports/jobs/" + job).with(as(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("role=\"progressbar\""),
					containsString("aria-valuenow=\"5\""), containsString("hx-trigger=\"every 1s\""),
					containsString("hx-get=\"/imports/jobs/" + job + "\""), containsString("5.000"),
					containsString("100.000"), containsString("aria-live=\"polite\""))));
		this.mvc.perform(get("/imports/jobs/" + job).header("HX-Request", "true").with(as(this.officer)))
			.andExpect(content().string(allOf(containsString("role=\"progressbar\""), not(containsString("<html")))));
		release.countDown();
		awaitDone(job);
		this.mvc.perform(get("/imports/jobs/" + job).header("HX-Request", "true").with(as(this.officer)))
			.andExpect(content().string(allOf(containsString("id=\"import-summary\""),
					not(containsString("hx-trigger")), not(containsString("role=\"progressbar\"")))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "vi", "en" })
	void theTemplatesGuideStatesTheNumberPolicy(String lang) throws Exception {
		byte[] template = this.mvc
			.perform(get("/consumption/import/template").param("facilityId", String.valueOf(this.mill))
				.param("lang", lang)
				.with(as(this.officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(template));
				Stream<Row> rows = workbook.getSheets().toList().get(1).openStream()) {
			String quantity = rows
				.filter(row -> row.getCellText(0).startsWith("vi".equals(lang) ? "Số lượng" : "Quantity"))
				.map(row -> row.getCellText(1))
				.findFirst()
				.orElseThrow();
			assertThat(quantity).contains("Excel", "1.234,5", "1,234.5", "1.234", "100");
		}
	}

	@Test
	void theFacilityTemplateIsAWorkbookWhoseRowsImport() throws Exception {
		byte[] template = this.mvc
			.perform(get("/consumption/import/template").param("facilityId", String.valueOf(this.mill))
				.param("year", "2024")
				.with(as(this.officer)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", XlsxWriter.CONTENT_TYPE))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<List<String>> rows = read(template);
		assertThat(rows.getFirst()).containsExactly("Tháng*", "Loại năng lượng/tài nguyên", "Sản phẩm", "Số lượng*",
				"Đơn vị", "Nguồn số liệu");
		assertThat(rows).hasSize(1 + 12 * 3);
		assertThat(rows.get(1)).startsWith("2024-01", "Điện năng");
		assertThat(rows).anySatisfy(row -> assertThat(row).contains("Vải mộc"));
		List<List<String>> filled = new ArrayList<>();
		filled.add(rows.getFirst());
		for (List<String> row : rows.subList(1, rows.size())) {
			List<String> copy = new ArrayList<>(row);
			while (copy.size() < 5) {
				copy.add(null);
			}
			copy.set(3, "100");
			filled.add(copy);
		}
		String job = upload(new MockMultipartFile("file", "mau.xlsx", XlsxWriter.CONTENT_TYPE, write(filled)),
				this.mill);
		awaitDone(job);
		ImportSummary summary = summary(job);
		assertThat(summary.errors()).isEmpty();
		assertThat(summary.inserted()).isEqualTo(36);
		assertThat(summary.isCommittable()).isTrue();
	}

	@Test
	void theMultiFacilityTemplateHeaderImports() throws Exception {
		byte[] template = this.mvc.perform(get("/consumption/import/template").with(as(this.officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<List<String>> rows = read(template);
		assertThat(rows.getFirst()).first().isEqualTo("Mã cơ sở");
		List<String> example = new ArrayList<>(rows.get(1));
		example.set(0, code());
		String job = upload(new MockMultipartFile("file", "mau.xlsx", XlsxWriter.CONTENT_TYPE,
				write(List.of(rows.getFirst(), example))), null);
		awaitDone(job);
		assertThat(summary(job).inserted()).isOne();
	}

	/**
	 * A file of 100,000 rows of 35 facilities is checked in the background: the upload
	 * answers with the job's page at once and the job writes its progress as it reads.
	 */
	@Test
	void aHundredThousandRowFileIsCheckedInTheBackgroundWithProgress() throws Exception {
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < 35; i++) {
			long id = this.data.textileFacility(this.officer, "Nhà máy Lớn " + i);
			codes.add(this.facilities.require(id, this.officer, false).code());
		}
		List<String> resources = this.reference.resources()
			.stream()
			.filter(resource -> resource.active() && resource.appliesTo("13"))
			.map(resource -> resource.code())
			.toList();
		StringBuilder csv = new StringBuilder("Mã cơ sở,Tháng,Loại năng lượng/tài nguyên,Số lượng\n");
		int rows = 0;
		outer: for (String code : codes) {
			for (int year = 2010; year <= 2025; year++) {
				for (int month = 1; month <= 12; month++) {
					for (String resource : resources) {
						csv.append(code)
							.append(',')
							.append(year)
							.append('-')
							.append((month < 10) ? "0" : "")
							.append(month)
							.append(',')
							.append(resource)
							.append(',')
							.append(rows % 997)
							.append('\n');
						if (++rows == 100_000) {
							break outer;
						}
					}
				}
			}
		}
		assertThat(rows).isEqualTo(100_000);
		String job = upload(
				new MockMultipartFile("file", "lon.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)),
				null);
		List<Long> seen = new CopyOnWriteArrayList<>();
		await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50)).until(() -> {
			ImportJobs.Job current = this.jobs.find(job, ConsumptionImport.KIND, this.officer.id()).orElseThrow();
			seen.add(current.rowsDone());
			return !current.isRunning();
		});
		ImportJobs.Job done = this.jobs.find(job, ConsumptionImport.KIND, this.officer.id()).orElseThrow();
		assertThat(done.status()).isEqualTo(ImportJobs.Status.DONE);
		assertThat(done.rowsDone()).isEqualTo(100_000);
		assertThat(done.rowsTotal()).isEqualTo(100_000);
		assertThat(done.percent()).isEqualTo(100);
		assertThat(seen).isSorted().last().isEqualTo(100_000L);
		ImportSummary summary = summary(job);
		assertThat(summary.read()).isEqualTo(100_000);
		assertThat(summary.inserted()).isEqualTo(100_000);
		assertThat(summary.isCommittable()).isTrue();
	}

	private String upload(String csv, Long facility) throws Exception {
		return upload(csv(csv), facility);
	}

	private String upload(MockMultipartFile file, Long facility) throws Exception {
		var request = multipart("/consumption/import").file(file).with(as(this.officer)).with(csrf());
		if (facility != null) {
			request.param("facilityId", String.valueOf(facility));
		}
		return redirect(this.mvc.perform(request));
	}

	private static MockMultipartFile csv(String csv) {
		return new MockMultipartFile("file", "so-lieu.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
	}

	private static String redirect(ResultActions result) throws Exception {
		String url = result.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(url).startsWith("/imports/jobs/");
		return url.substring("/imports/jobs/".length());
	}

	private void awaitDone(String job) {
		await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> !this.jobs.find(job, ConsumptionImport.KIND, this.officer.id()).orElseThrow().isRunning());
	}

	private ImportSummary summary(String job) {
		return this.jobs.report(this.jobs.find(job, ConsumptionImport.KIND, this.officer.id()).orElseThrow(),
				ImportSummary.class);
	}

	private String code() {
		return this.facilities.require(this.mill, this.officer, false).code();
	}

	private long records() {
		return this.data.records(this.mill);
	}

	private long uploads() {
		return this.jdbc.sql("SELECT COUNT(*) FROM import_upload WHERE kind = :kind AND owner_id = :owner")
			.param("kind", ConsumptionImport.KIND)
			.param("owner", this.officer.id())
			.query(Long.class)
			.single();
	}

	private static List<List<String>> read(byte[] xlsx) throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
				Stream<Row> rows = workbook.getFirstSheet().openStream()) {
			return rows.map(row -> {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getCellCount(); i++) {
					cells.add(row.getCellText(i));
				}
				return cells;
			}).toList();
		}
	}

	private static byte[] write(List<List<String>> rows) throws IOException {
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(output, "cleanprod-test", "1.0");
		Worksheet sheet = workbook.newWorksheet("Sheet1");
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < rows.get(r).size(); c++) {
				if (rows.get(r).get(c) != null) {
					sheet.value(r, c, rows.get(r).get(c));
				}
			}
		}
		workbook.finish();
		return output.toByteArray();
	}

}
