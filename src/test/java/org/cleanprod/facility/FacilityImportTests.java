package org.cleanprod.facility;

import org.cleanprod.facility.imports.FacilityImport;
import org.cleanprod.facility.web.FacilityExcel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.cleanprod.resources.Resources;
import org.cleanprod.shared.excel.ImportFileException;
import org.cleanprod.shared.excel.ImportJobs;
import org.cleanprod.shared.excel.ImportSummary;
import org.cleanprod.shared.excel.ImportUploads;
import org.cleanprod.shared.excel.RowError;
import org.cleanprod.shared.excel.XlsxWriter;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.i18n.NumberStyle;
import org.cleanprod.shared.imports.ImportFlow;
import org.cleanprod.shared.imports.ImportRequest;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.listing.PageQuery;
import org.cleanprod.test.BothDatabases;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.cleanprod.test.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing facility lists. The import runs its preview and commit in transactions of its
 * own, so these tests work on committed data, each with enterprises of fresh tax codes.
 */
@IntegrationTest
@BothDatabases
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class FacilityImportTests {

	private static final String HEADER = "Mã số thuế,Tên doanh nghiệp,Loại hình sở hữu,Tên cơ sở,Địa chỉ,Mã ĐVHC,Tên ĐVHC,"
			+ "Khu/cụm công nghiệp,Ngành VSIC,Sản phẩm chính,Số lao động,Có tiềm năng SXSH,Sử dụng năng lượng trọng điểm\n";

	@Autowired
	FacilityImport imports;

	@Autowired
	ImportUploads uploads;

	@Autowired
	ImportFlow flow;

	@Autowired
	ImportJobs jobs;

	@Autowired
	FacilityService service;

	@Autowired
	Resources reference;

	@Autowired
	FacilityExcel excel;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	CurrentUser officer;

	String taxA;

	String taxB;

	@BeforeEach
	void setUp() {
		this.officer = this.users.officer();
		this.taxA = Facilities.newTaxCode();
		this.taxB = Facilities.newTaxCode();
	}

	@Test
	void aFileWithABadRowWritesNothingAndSaysWhy() {
		String csv = HEADER + row(this.taxA, "Nhà máy Dệt Hòa Bình", "25747", "Phường Thủ Dầu Một", "13", "1.200")
				+ row("0300588560", "Xưởng Gỗ Sai Mã", "25747", "Phường Thủ Dầu Một", "16", "50");
		long before = facilityCount();
		ImportUploads.Upload upload = this.uploads.store(FacilityImport.KIND, this.officer.id(), "danh-sach.csv",
				csv.getBytes(StandardCharsets.UTF_8));
		ImportSummary preview = preview(upload, this.officer, Formats.VIETNAMESE, null);
		assertThat(preview.read()).isEqualTo(2);
		assertThat(preview.inserted()).isEqualTo(1);
		assertThat(preview.rejected()).isEqualTo(1);
		assertThat(preview.isCommittable()).isFalse();
		RowError error = preview.errors().getFirst();
		assertThat(error.row()).isEqualTo(3);
		assertThat(error.column()).isEqualTo("Mã số thuế");
		assertThat(error.reason()).contains("Mã số thuế không hợp lệ");
		ImportSummary commit = commit(upload, this.officer, Formats.VIETNAMESE, null);
		assertThat(commit.committed()).isFalse();
		assertThat(facilityCount()).isEqualTo(before);
	}

	@Test
	void aFixedFileImportsAndTheSameFileAgainChangesNothing() {
		String csv = HEADER + row(this.taxA, "Nhà máy Dệt Hòa Bình", "25747", "Phường Thủ Dầu Một", "13", "1.200")
				+ row(this.taxA, "Nhà máy Dệt Hòa Bình 2", "25942", "Phường Dĩ An", "13", "80")
				+ row(this.taxB, "Xưởng Gỗ Đúng Mã", "25747", "Phường Thủ Dầu Một", "16", "50");
		// "1.200" alone is ambiguous: the clerk confirms the Vietnamese style at upload.
		ImportSummary first = commit("danh-sach.csv", csv, NumberStyle.VIETNAMESE);
		assertThat(first.committed()).isTrue();
		assertThat(first.inserted()).isEqualTo(3);
		assertThat(first.read()).isEqualTo(first.inserted() + first.updated() + first.unchanged() + first.rejected());
		ImportSummary again = commit("danh-sach.csv", csv, NumberStyle.VIETNAMESE);
		assertThat(again.unchanged()).isEqualTo(3);
		assertThat(again.inserted() + again.updated() + again.rejected()).isZero();
		FacilityRow mill = find("Nhà máy Dệt Hòa Bình");
		assertThat(mill.employees()).isEqualTo(1200);
		assertThat(this.service.details(find("Xưởng Gỗ Đúng Mã").id(), this.officer, false).unit().name())
			.isEqualTo("Phường Thủ Dầu Một");
		String changed = csv.replace("\"80\"", "\"95\"");
		ImportSummary update = commit("danh-sach.csv", changed, NumberStyle.VIETNAMESE);
		assertThat(update.updated()).isEqualTo(1);
		assertThat(update.unchanged()).isEqualTo(2);
	}

	@Test
	void oneTaxCodeWithTwoEnterpriseNamesIsRejected() {
		String csv = HEADER + row(this.taxA, "Nhà máy Một", "25942", "Phường Dĩ An", "13", "10")
				+ row(this.taxA, "Nhà máy Hai", "25942", "Phường Dĩ An", "13", "10").replace(this.taxA + "\"",
						"Khác\"");
		ImportSummary preview = preview("danh-sach.csv", csv);
		assertThat(preview.rejected()).isEqualTo(1);
		assertThat(preview.errors().getFirst().column()).isEqualTo("Tên doanh nghiệp");
	}

	@Test
	void aCodeReusedIn2025NamesTodaysUnit() {
		ImportSummary preview = preview("danh-sach.csv",
				HEADER + row(this.taxA, "Nhà máy Mã Trùng", "25747", "", "13", "10"));
		assertThat(preview.rejected()).isZero();
		assertThat(preview.inserted()).isEqualTo(1);
	}

	@Test
	void aUnitThatEndedIsRefusedNamingItsSuccessor() {
		ImportSummary preview = preview("danh-sach.csv",
				HEADER + row(this.taxA, "Nhà máy Phường Cũ", "25747", "Phường Phú Cường", "13", "10"));
		assertThat(preview.rejected()).isEqualTo(1);
		assertThat(preview.errors().getFirst().reason()).contains("Phường Phú Cường")
			.contains("30/06/2025")
			.contains("Phường Thủ Dầu Một");
	}

	@Test
	void duplicateRowsInOneFileAreRejected() {
		String line = row(this.taxA, "Nhà máy Trùng Dòng", "25942", "Phường Dĩ An", "22", "10");
		ImportSummary preview = preview("danh-sach.csv", HEADER + line + line);
		assertThat(preview.rejected()).isEqualTo(1);
		assertThat(preview.errors().getFirst().reason()).contains("dòng 2");
	}

	@Test
	void anXlsxFileImportsLikeACsvFile() {
		byte[] xlsx = xlsx(List.of(List.of(this.taxA, "Công ty TNHH Nhựa Excel", "Tư nhân", "Xưởng Nhựa Excel", "",
				"25942", "Phường Dĩ An", "", "22", "bao bì", 45, "Có", "Không")));
		ImportSummary report = commit(this.uploads.store(FacilityImport.KIND, this.officer.id(), "ds.xlsx", xlsx),
				this.officer, Formats.VIETNAMESE, null);
		assertThat(report.inserted()).isEqualTo(1);
		assertThat(find("Xưởng Nhựa Excel").cpPotential()).isTrue();
	}

	@Test
	void aFileWithoutTheRequiredColumnsIsRefusedAsAWhole() {
		assertThatThrownBy(() -> preview("x.csv", "Tên cơ sở\nNhà máy\n")).isInstanceOf(ImportFileException.class)
			.satisfies(
					ex -> assertThat(((ImportFileException) ex).messageKey()).isEqualTo("import.error.missingColumn"));
		assertThatThrownBy(() -> preview("x.pdf", "abc")).isInstanceOf(ImportFileException.class);
		assertThatThrownBy(() -> preview("x.xlsx", "not a zip")).isInstanceOf(ImportFileException.class);
	}

	@Test
	void anExportImportsBackUnchanged() {
		commit("danh-sach.csv", HEADER + row(this.taxA, "Nhà máy Vòng Tròn", "25942", "Phường Dĩ An", "10", "60"));
		ByteArrayOutputStream export = new ByteArrayOutputStream();
		FacilityFilter filter = new FacilityFilter(this.taxA, null, null, null, null, null, null, null);
		this.excel.export(filter, new PageQuery(1, 1, "name", false), this.officer, Formats.VIETNAMESE, export);
		ImportSummary report = commit(
				this.uploads.store(FacilityImport.KIND, this.officer.id(), "xuat.xlsx", export.toByteArray()),
				this.officer, Formats.VIETNAMESE, null);
		assertThat(report.read()).isEqualTo(1);
		assertThat(report.unchanged()).isEqualTo(1);
	}

	@Test
	void theTemplateIsAWorkbookWhoseHeaderImports() {
		ByteArrayOutputStream template = new ByteArrayOutputStream();
		this.excel.template(Locale.ENGLISH, template);
		assertThatThrownBy(() -> preview(
				this.uploads.store(FacilityImport.KIND, this.officer.id(), "mau.xlsx", template.toByteArray()),
				this.officer, Locale.ENGLISH, null))
			.isInstanceOf(ImportFileException.class)
			.satisfies(ex -> assertThat(((ImportFileException) ex).messageKey()).isEqualTo("import.error.emptyFile"));
	}

	@Test
	void theImportPagesCheckInTheBackgroundThenCommitOnce() throws Exception {
		String csv = HEADER + row(this.taxA, "Nhà máy Qua Trang", "25942", "Phường Dĩ An", "10", "60");
		MockMultipartFile file = new MockMultipartFile("file", "ds.csv", "text/csv",
				csv.getBytes(StandardCharsets.UTF_8));
		long before = facilityCount();
		String preview = this.mvc
			.perform(multipart("/facilities/import").file(file).with(as(this.officer)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(preview).startsWith("/imports/jobs/");
		awaitDone(preview);
		this.mvc.perform(get(preview).with(as(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("thêm mới 1")))
			.andExpect(content().string(containsString("id=\"import-rows\"")))
			.andExpect(content().string(containsString("import-commit")));
		assertThat(facilityCount()).as("a preview writes nothing").isEqualTo(before);
		String commit = this.mvc.perform(post(preview + "/commit").with(as(this.officer)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		awaitDone(commit);
		this.mvc.perform(get(commit).with(as(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("thêm mới 1")))
			.andExpect(content().string(containsString("id=\"import-facilities\"")));
		assertThat(find("Nhà máy Qua Trang")).isNotNull();
		this.mvc.perform(post(preview + "/commit").with(as(this.officer)).with(csrf()))
			.andExpect(redirectedUrl(commit));
		assertThat(facilityCount()).as("the second click wrote nothing more").isEqualTo(before + 1);
	}

	@Test
	void onlyImportersMayImport() throws Exception {
		CurrentUser district = this.users.district(java.util.Set.of(1L));
		this.mvc.perform(get("/facilities/import").with(as(district))).andExpect(status().isForbidden());
	}

	private ImportSummary preview(String name, String content) {
		return preview(this.uploads.store(FacilityImport.KIND, this.officer.id(), name,
				content.getBytes(StandardCharsets.UTF_8)), this.officer, Formats.VIETNAMESE, null);
	}

	private ImportSummary commit(String name, String content) {
		return commit(this.uploads.store(FacilityImport.KIND, this.officer.id(), name,
				content.getBytes(StandardCharsets.UTF_8)), this.officer, Formats.VIETNAMESE, null);
	}

	private ImportSummary commit(String name, String content, NumberStyle style) {
		return commit(this.uploads.store(FacilityImport.KIND, this.officer.id(), name,
				content.getBytes(StandardCharsets.UTF_8)), this.officer, Formats.VIETNAMESE, style);
	}

	private byte[] xlsx(List<List<Object>> rows) {
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		try (XlsxWriter writer = new XlsxWriter(output)) {
			writer.sheet("Cơ sở", List.of(HEADER.strip().split(",")), 20);
			rows.forEach(writer::row);
		}
		return output.toByteArray();
	}

	private static String row(String taxCode, String facility, String unitCode, String unitName, String sector,
			String employees) {
		return String.join(",", taxCode, "\"Công ty TNHH " + taxCode + "\"", "Tư nhân", "\"" + facility + "\"",
				"\"Số 5, đường 30/4\"", unitCode, unitName, "", sector, "\"sợi, vải\"", "\"" + employees + "\"", "Có",
				"Không") + "\n";
	}

	private FacilityRow find(String name) {
		return this.service
			.search(new FacilityFilter(name, null, null, null, null, null, null, null),
					new PageQuery(1, 5, "name", false), this.officer, false)
			.items()
			.getFirst();
	}

	private long facilityCount() {
		return this.jdbc.sql("SELECT COUNT(*) FROM facility").query(Long.class).single();
	}

	private void awaitDone(String url) {
		String job = url.substring(url.lastIndexOf('/') + 1);
		await().atMost(Duration.ofMinutes(2))
			.until(() -> !this.jobs.find(job, FacilityImport.KIND, this.officer.id()).orElseThrow().isRunning());
	}

	private ImportSummary preview(ImportUploads.Upload upload, CurrentUser user, Locale locale, NumberStyle style) {
		return run(upload, user, locale, style, ImportJobs.Mode.PREVIEW);
	}

	private ImportSummary commit(ImportUploads.Upload upload, CurrentUser user, Locale locale, NumberStyle style) {
		return run(upload, user, locale, style, ImportJobs.Mode.COMMIT);
	}

	/** The work of the import's job, run here rather than in the background. */
	private ImportSummary run(ImportUploads.Upload upload, CurrentUser user, Locale locale, NumberStyle style,
			ImportJobs.Mode mode) {
		return this.flow.run(this.imports, upload, new ImportRequest(user, locale, null, style), mode,
				(done, total) -> {
				});
	}

}
