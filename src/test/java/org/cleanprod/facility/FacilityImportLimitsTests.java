package org.cleanprod.facility;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.cleanprod.facility.imports.FacilityImport;
import org.cleanprod.shared.excel.ImportJobs;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The findings of the upload review on the facility import: crafted XLSX files, no row
 * cap, huge values, a report of every row, too large a file. Each gives the import's job
 * page (or, for the size, the upload page) a message naming the limit, and writes
 * nothing.
 */
@IntegrationTest
@BothDatabases
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class FacilityImportLimitsTests {

	private static final String HEADER = "Mã số thuế,Tên doanh nghiệp,Loại hình sở hữu,Tên cơ sở,Mã ĐVHC,Ngành VSIC\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	ImportJobs jobs;

	@Autowired
	TestLimits limits;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	CurrentUser officer;

	long facilitiesBefore;

	@BeforeEach
	void setUp() {
		this.officer = this.users.officer();
		this.facilitiesBefore = facilities();
	}

	@AfterEach
	void removeUploads() {
		this.jdbc.sql("DELETE FROM import_upload WHERE owner_id = :owner").param("owner", this.officer.id()).update();
	}

	@Test
	void anXlsxCellAtColumnAAAAAAAIsRefusedNamingTheColumnLimit() throws Exception {
		byte[] file = CraftedFiles.xlsx(CraftedFiles.row(1, List.of("Mã số thuế", "Tên cơ sở"))
				+ "<row r=\"2\"><c r=\"AAAAAAA2\"><v>1</v></c></row>");
		preview("cot.xlsx", file).andExpect(content().string(allOf(containsString("id=\"import-failed\""),
				containsString("giới hạn số cột mỗi dòng"), containsString("16.384"))));
		assertThat(facilities()).isEqualTo(this.facilitiesBefore);
	}

	@Test
	void aQuarterBillionCharacterInlineStringIsRefusedNamingTheCellLimit() throws Exception {
		byte[] file = CraftedFiles.xlsx(CraftedFiles.hugeInlineString(1, 256L * 1024 * 1024, 'x'));
		preview("chuoi.xlsx", file).andExpect(content().string(allOf(containsString("id=\"import-failed\""),
				containsString("giới hạn số ký tự mỗi ô"), containsString("32.767"))));
		assertThat(facilities()).isEqualTo(this.facilitiesBefore);
	}

	@Test
	void aFileOfMoreRowsThanTheLimitIsRefusedNamingIt() throws Exception {
		this.limits.with(UploadLimit.ROWS, 5,
				() -> preview("dong.csv", rows(10).getBytes(StandardCharsets.UTF_8)).andExpect(content()
					.string(allOf(containsString("id=\"import-failed\""), containsString("nhiều hơn 5 dòng")))));
		assertThat(facilities()).isEqualTo(this.facilitiesBefore);
	}

	@Test
	void theReportOfALongFileKeepsCountsAndOnlyTheFirstRowsAndErrors() throws Exception {
		String page = preview("nhieu.csv", rows(1_500).getBytes(StandardCharsets.UTF_8))
			.andExpect(content().string(allOf(containsString("bị từ chối 1.500"),
					containsString("id=\"import-rows-truncated\""), containsString("1.000 dòng đầu tiên"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.length()).isLessThan(1_000_000);
		assertThat(facilities()).isEqualTo(this.facilitiesBefore);
	}

	@Test
	void aHugeValueIsNotEchoedWhole() throws Exception {
		String csv = HEADER + "0300588569,Công ty " + "Đ".repeat(30_000) + ",Tư nhân,Nhà máy,25747,13\n";
		String page = preview("dai.csv", csv.getBytes(StandardCharsets.UTF_8))
			.andExpect(content().string(allOf(containsString("bị từ chối 1"), not(containsString("ĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐ"
					+ "ĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐĐ")))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.length()).isLessThan(40_000);
	}

	@Test
	void aFileLargerThanTheSizeLimitIsRefusedBeforeItIsStored() throws Exception {
		this.limits.withTooLargeUpload("/facilities/import",
				upload -> this.mvc.perform(upload.with(as(this.officer)).with(csrf()))
					.andExpect(status().isOk())
					.andExpect(content().string(
							allOf(containsString("id=\"import-file-error\""), containsString(TestLimits.TOO_LARGE)))));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM import_upload WHERE owner_id = :owner")
			.param("owner", this.officer.id())
			.query(Long.class)
			.single()).isZero();
	}

	/** Rows whose tax code is wrong: each is rejected before any lookup. */
	private static String rows(int count) {
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 0; i < count; i++) {
			csv.append("123,Công ty ").append(i).append(",Tư nhân,Nhà máy ").append(i).append(",25747,13\n");
		}
		return csv.toString();
	}

	private ResultActions preview(String name, byte[] content) throws Exception {
		String location = this.mvc
			.perform(multipart("/facilities/import").file(new MockMultipartFile("file", name, "text/csv", content))
				.with(as(this.officer))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String job = location.substring(location.lastIndexOf('/') + 1);
		await().atMost(Duration.ofMinutes(2))
			.until(() -> !this.jobs.find(job, FacilityImport.KIND, this.officer.id()).orElseThrow().isRunning());
		return this.mvc.perform(get(location).with(as(this.officer))).andExpect(status().isOk());
	}

	private long facilities() {
		return this.jdbc.sql("SELECT COUNT(*) FROM facility").query(Long.class).single();
	}

}
