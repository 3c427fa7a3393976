package org.cleanprod.planning;

import org.cleanprod.planning.web.PlanForm;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Stream;

import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.test.BothDatabases;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cleanprod.test.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The plan pages: who sees what, in both languages, and editing through the forms. */
@IntegrationTest
@BothDatabases
class PlanningPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanningService planning;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	Plans plans;

	CurrentUser officer;

	CurrentUser enterprise;

	long plan;

	long target;

	@BeforeEach
	void setUp() {
		this.officer = this.plans.officer();
		this.enterprise = this.users.enterprise(1L);
		this.plan = this.plans.issued(2081, 2085);
		this.target = this.plans.savings(this.plan);
	}

	@Test
	void aDraftPlanIsSeenOnlyByThoseWhoEditPlans() throws Exception {
		long draft = this.plans.draft(2086, 2090);
		String code = this.planning.plan(draft).orElseThrow().code();
		for (String page : List.of("/plans/" + draft, "/api/v1/plans/" + draft)) {
			this.mvc.perform(get(page).with(as(this.enterprise))).andExpect(status().isNotFound());
			this.mvc.perform(get(page).with(as(this.officer))).andExpect(status().isOk());
		}
		this.mvc.perform(get("/plans").param("phase", "DRAFT").with(as(this.enterprise)))
			.andExpect(content().string(not(containsString(code))));
		this.mvc.perform(get("/api/v1/plans").param("phase", "DRAFT").with(as(this.enterprise)))
			.andExpect(content().string(not(containsString(code))));
		this.mvc.perform(get("/plans/export").param("phase", "DRAFT").with(as(this.enterprise)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/plans").param("phase", "DRAFT").with(as(this.officer)))
			.andExpect(content().string(containsString(code)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "vi", "en" })
	void everyPlanPageRendersInBothLanguagesForAnOfficer(String lang) throws Exception {
		for (String page : List.of("/plans", "/plans/" + this.plan, "/plans/new", "/plans/" + this.plan + "/edit",
				"/plans/" + this.plan + "/targets/new", "/plans/" + this.plan + "/targets/" + this.target + "/edit",
				"/plans/" + seeded())) {
			this.mvc.perform(get(page).param("lang", lang).with(as(this.officer)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<html lang=\"" + lang + "\">")))
				.andExpect(content().string(not(containsString("??"))));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "vi", "en" })
	void anEnterpriseUserReadsPlansWithoutEditButtons(String lang) throws Exception {
		for (String page : List.of("/plans", "/plans/" + this.plan, "/plans/" + seeded())) {
			this.mvc.perform(get(page).param("lang", lang).with(as(this.enterprise)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<html lang=\"" + lang + "\">")))
				.andExpect(content().string(not(containsString("??"))))
				.andExpect(content().string(not(containsString("/edit\""))))
				.andExpect(content().string(not(containsString("/delete\""))))
				.andExpect(content().string(not(containsString("href=\"/plans/new\""))))
				.andExpect(content().string(not(containsString("/targets/new\""))));
		}
		this.mvc.perform(get("/").with(as(this.enterprise)))
			.andExpect(content().string(containsString("href=\"/plans\"")));
	}

	@Test
	void anEnterpriseUserMayNotOpenOrSendAnyEditForm() throws Exception {
		for (String page : List.of("/plans/new", "/plans/" + this.plan + "/edit",
				"/plans/" + this.plan + "/targets/new", "/plans/" + this.plan + "/targets/" + this.target + "/edit")) {
			this.mvc.perform(get(page).with(as(this.enterprise))).andExpect(status().isForbidden());
			this.mvc.perform(post(page).with(as(this.enterprise)).with(csrf())).andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post("/plans/" + this.plan + "/targets/" + this.target + "/delete").param("version", "0")
				.with(as(this.enterprise))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.planning.target(this.plan, "SAVINGS")).isPresent();
	}

	@Test
	void theSeededPlanShowsItsDecisionAndTargetsInBothLanguages() throws Exception {
		this.mvc.perform(get("/plans/" + seeded()).with(as(this.enterprise)))
			.andExpect(content().string(containsString("1849/QĐ-UBND")))
			.andExpect(content().string(containsString("19/07/2016")))
			.andExpect(content().string(containsString("Ủy ban nhân dân tỉnh Bình Dương")))
			.andExpect(content().string(containsString("tối thiểu 90%")))
			.andExpect(content().string(containsString("8–13%")))
			.andExpect(content().string(containsString("Mức tiết kiệm trên đơn vị sản phẩm")));
		this.mvc.perform(get("/plans/" + seeded()).param("lang", "en").with(as(this.enterprise)))
			.andExpect(content().string(containsString("Cleaner Production in Industry Plan of Binh Duong Province")))
			.andExpect(content().string(containsString("at least 90%")))
			.andExpect(content().string(containsString("Savings per unit of product")));
	}

	@Test
	void theListIsSortedFilteredAndAnswersHtmxWithItsResultsOnly() throws Exception {
		String code = this.planning.plan(this.plan).orElseThrow().code();
		this.mvc.perform(get("/plans").param("year", "2083").with(as(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(code)))
			.andExpect(content().string(not(containsString("KH-SXSH-2016-2020"))));
		this.mvc
			.perform(get("/plans").param("sort", "code")
				.param("dir", "asc")
				.header("HX-Request", "true")
				.with(as(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"plan-table\"")))
			.andExpect(content().string(containsString("aria-sort=\"ascending\"")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void theExportHoldsThePlansAndTheirTargets() throws Exception {
		byte[] workbook = this.mvc.perform(get("/plans/export").param("q", "1849").with(as(this.enterprise)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("ke-hoach.xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
			List<Sheet> sheets = book.getSheets().toList();
			assertThat(sheets).extracting(Sheet::getName).containsExactly("Kế hoạch", "Chỉ tiêu");
			try (Stream<Row> rows = sheets.get(0).openStream()) {
				assertThat(rows.map(row -> row.getCellText(0)).toList()).containsExactly("Mã kế hoạch",
						"KH-SXSH-2016-2020");
			}
			try (Stream<Row> rows = sheets.get(1).openStream()) {
				List<Row> targets = rows.toList();
				assertThat(targets).extracting(row -> row.getCellText(1))
					.containsExactly("Mã chỉ tiêu", "AWARENESS", "APPLYING", "SAVINGS", "TRAINED");
				assertThat(targets.get(3).getCellText(7)).isEqualTo("8–13%");
			}
		}
	}

	@Test
	void anOfficerCreatesAPlanThroughTheForm() throws Exception {
		String location = this.mvc
			.perform(form(post("/plans/new"), Plans.newCode(), "2091", "2095", "ISSUED", "15/QĐ-UBND", "2091-02-03"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flash"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring("/plans/".length()));
		assertThat(this.planning.plan(id)).get().satisfies(created -> {
			assertThat(created.decisionNumber()).isEqualTo("15/QĐ-UBND");
			assertThat(created.periodEndYear()).isEqualTo(2095);
		});
		assertThat(auditRows(PlanningService.PLAN, id)).isEqualTo(1);
		this.mvc.perform(get(location).with(as(this.officer)))
			.andExpect(content().string(containsString("03/02/2091")))
			.andExpect(content().string(containsString("id=\"history-table\"")));
	}

	@Test
	void theFormShowsEveryErrorBesideItsFieldInTheUsersLanguage() throws Exception {
		this.mvc.perform(form(post("/plans/new"), "mã sai", "2095", "2091", "ISSUED", "", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"e-code\"")))
			.andExpect(content().string(containsString("Mã chỉ gồm chữ cái không dấu")));
		this.mvc
			.perform(form(post("/plans/new"), Plans.newCode(), "2095", "2091", "ISSUED", "", "").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The last year must be the first year or later.")))
			.andExpect(content().string(containsString("An issued plan needs its decision number and date.")));
	}

	@Test
	void aStaleEditShowsWhatHappened() throws Exception {
		PlanForm form = this.planning.form(this.plan);
		this.mvc
			.perform(form(post("/plans/" + this.plan + "/edit"), form.code(), "2081", "2085", "ISSUED", "1/QĐ-UBND",
					"2081-01-02")
				.param("version", String.valueOf(form.version() + 1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"form-errors\"")))
			.andExpect(content().string(containsString("Bản ghi đã được người khác thay đổi")));
	}

	@Test
	void anOfficerAddsEditsAndDeletesATargetAndTheHistoryShowsEachStep() throws Exception {
		this.mvc
			.perform(target(post("/plans/" + this.plan + "/targets/new"), "AWARENESS", "SHARE_OF_FACILITIES", "90", "",
					"2085"))
			.andExpect(redirectedUrl("/plans/" + this.plan));
		TargetView awareness = this.planning.target(this.plan, "AWARENESS").orElseThrow();
		assertThat(awareness.band()).isEqualTo(new TargetBand(new java.math.BigDecimal("90"), null));
		this.mvc
			.perform(target(post("/plans/" + this.plan + "/targets/" + awareness.id() + "/edit"), "AWARENESS",
					"SHARE_OF_FACILITIES", "95", "", "2084")
				.param("version", String.valueOf(awareness.version())))
			.andExpect(redirectedUrl("/plans/" + this.plan));
		this.mvc
			.perform(post("/plans/" + this.plan + "/targets/" + awareness.id() + "/delete")
				.param("version", String.valueOf(awareness.version() + 1))
				.with(as(this.officer))
				.with(csrf()))
			.andExpect(redirectedUrl("/plans/" + this.plan));
		assertThat(this.planning.target(this.plan, "AWARENESS")).isEmpty();
		assertThat(auditRows(PlanningService.TARGET, awareness.id())).isEqualTo(3);
		String page = this.mvc.perform(get("/plans/" + this.plan).with(as(this.officer)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String history = page.substring(page.indexOf("id=\"target-history-table\""));
		assertThat(history).contains("AWARENESS", "Xóa", "Cập nhật", "Tạo mới", "Giá trị tối thiểu", "95", "2084")
			.doesNotContain("Mã số kế hoạch");
	}

	@Test
	void targetFormErrorsStayOnTheForm() throws Exception {
		this.mvc
			.perform(target(post("/plans/" + this.plan + "/targets/new"), "SAVINGS", "SAVINGS_PER_UNIT", "13", "8",
					"2090"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kế hoạch đã có chỉ tiêu mã SAVINGS.")))
			.andExpect(content().string(containsString("Giá trị tối đa phải lớn hơn hoặc bằng giá trị tối thiểu.")))
			.andExpect(content()
				.string(containsString("Năm đạt chỉ tiêu phải nằm trong giai đoạn của kế hoạch (2081–2085).")));
		assertThat(this.planning.plan(this.plan).orElseThrow().targets()).hasSize(1);
	}

	@Test
	void aDeleteOfAnOutdatedTargetIsRefusedWithAWarning() throws Exception {
		this.mvc
			.perform(post("/plans/" + this.plan + "/targets/" + this.target + "/delete").param("version", "41")
				.with(as(this.officer))
				.with(csrf()))
			.andExpect(redirectedUrl("/plans/" + this.plan))
			.andExpect(flash().attributeExists("flash"));
		assertThat(this.planning.target(this.plan, "SAVINGS")).isPresent();
	}

	@Test
	void theDeleteButtonAsksForConfirmation() throws Exception {
		this.mvc.perform(get("/plans/" + this.plan).with(as(this.officer)))
			.andExpect(content().string(containsString("data-confirm=\"Xóa chỉ tiêu SAVINGS khỏi kế hoạch?")));
	}

	@Test
	void anUnknownPlanOrTargetIsNotFound() throws Exception {
		this.mvc.perform(get("/plans/999999999").with(as(this.officer))).andExpect(status().isNotFound());
		long other = this.plans.issued(2081, 2085);
		this.mvc.perform(get("/plans/" + other + "/targets/" + this.target + "/edit").with(as(this.officer)))
			.andExpect(status().isNotFound());
	}

	private long seeded() {
		return this.jdbc.sql("SELECT id FROM plan WHERE code = 'KH-SXSH-2016-2020'").query(Long.class).single();
	}

	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String code, String start,
			String end, String status, String decisionNumber, String decisionDate) {
		return request.with(as(this.officer))
			.with(csrf())
			.param("code", code)
			.param("name", "Kế hoạch thử nghiệm qua biểu mẫu")
			.param("nameEn", "")
			.param("periodStartYear", start)
			.param("periodEndYear", end)
			.param("decisionNumber", decisionNumber)
			.param("decisionDate", decisionDate)
			.param("issuer", "Ủy ban nhân dân tỉnh Thử Nghiệm")
			.param("issuerEn", "")
			.param("summary", "")
			.param("summaryEn", "")
			.param("status", status)
			.param("source", "")
			.param("note", "");
	}

	private MockHttpServletRequestBuilder target(MockHttpServletRequestBuilder request, String code, String kind,
			String min, String max, String year) {
		return request.with(as(this.officer))
			.with(csrf())
			.param("code", code)
			.param("name", "Chỉ tiêu thử nghiệm qua biểu mẫu")
			.param("nameEn", "")
			.param("kind", kind)
			.param("unit", "%")
			.param("targetMin", min)
			.param("targetMax", max)
			.param("targetYear", year)
			.param("basis", "Tổng số cơ sở")
			.param("basisEn", "")
			.param("sortOrder", "");
	}

	private long auditRows(String type, long id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE entity_type = :type AND entity_id = :id")
			.param("type", type)
			.param("id", id)
			.query(Long.class)
			.single();
	}

}
