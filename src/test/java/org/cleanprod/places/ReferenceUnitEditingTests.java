package org.cleanprod.places;

import org.cleanprod.places.unit.Share;
import org.cleanprod.places.unit.UnitForm;
import org.cleanprod.places.unit.UnitService;
import org.cleanprod.resources.ReferenceFixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.test.BothDatabases;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.transaction.TestTransaction;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators create and correct administrative units with their dates and successors;
 * every change is checked as a whole and audited in its transaction.
 */
@IntegrationTest
@BothDatabases
class ReferenceUnitEditingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	Places reference;

	@Autowired
	UnitService units;

	@Autowired
	ReferenceFixtures fixtures;

	CurrentUser admin;

	long province;

	long district;

	long wardA;

	long wardB;

	long wardX;

	long wardY;

	@BeforeEach
	void createTheirOwnMap() {
		this.admin = this.users.admin();
		this.province = this.fixtures.province("Tỉnh Biên Tập");
		this.district = this.fixtures.district("Huyện Biên Tập", this.province);
		this.wardA = this.fixtures.oldCommune("Xã An Biên", this.district);
		this.wardB = this.fixtures.oldCommune("Xã Bình Biên", this.district);
		this.wardX = this.fixtures.newCommune("Phường Xuân Biên", this.province);
		this.wardY = this.fixtures.newCommune("Phường Yên Biên", this.province);
		this.fixtures.succession(this.wardB, this.wardX, Share.WHOLE);
	}

	@Test
	void administratorCreatesAUnitWithItsSuccessorsAndTheCreationIsAudited() throws Exception {
		Map<String, String> form = wardA();
		form.put("code", ReferenceFixtures.newCode());
		form.put("name", "Xã Mới Lập");
		form.put("successors[0].unitId", String.valueOf(this.wardX));
		form.put("successors[0].share", "WHOLE");
		form.put("successors[0].effectiveDate", "");
		form.put("successors[1].unitId", "");
		form.put("successors[1].share", "WHOLE");
		String location = this.mvc.perform(post("/reference/units/new", form))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring("/reference/units/".length()));
		assertThat(this.reference.unit(id)).get().extracting(UnitView::name).isEqualTo("Xã Mới Lập");
		assertThat(this.reference.successors(id)).extracting(UnitView::id).containsExactly(this.wardX);
		Map<String, Object> audit = auditRow(id);
		assertThat(audit).containsEntry("action", "CREATE")
			.containsEntry("actor_name", this.admin.getUsername())
			.containsEntry("remote_address", "127.0.0.1");
		assertThat(audit.get("before_state")).isNull();
		assertThat((String) audit.get("after_state")).contains("\"name\":\"Xã Mới Lập\"")
			.contains("\"unitId\":" + this.wardX)
			.contains("\"share\":\"WHOLE\"")
			.contains("\"effectiveDate\":\"2025-07-01\"");
	}

	@Test
	void administratorEditsAUnitsSuccessorsAndTheHistoryShowsIt() throws Exception {
		this.mvc.perform(get("/reference/units/" + this.wardA + "/edit").with(TestUsers.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Xã An Biên\"")))
			.andExpect(content().string(containsString("name=\"successors[2].unitId\"")));
		Map<String, String> form = wardA();
		form.put("successors[0].unitId", String.valueOf(this.wardX));
		form.put("successors[0].share", "PART");
		form.put("successors[0].effectiveDate", "2025-07-01");
		form.put("successors[1].unitId", String.valueOf(this.wardY));
		form.put("successors[1].share", "PART");
		this.mvc.perform(post("/reference/units/" + this.wardA + "/edit", form))
			.andExpect(redirectedUrl("/reference/units/" + this.wardA));

		assertThat(this.reference.successors(this.wardA)).extracting(UnitView::id)
			.containsExactlyInAnyOrder(this.wardX, this.wardY);
		assertThat(this.reference.reportingUnits(this.wardA)).extracting(UnitView::id)
			.contains(this.wardA, this.district, this.province, this.wardX, this.wardY);
		assertThat(this.reference.coveredBy(List.of(this.wardY))).contains(this.wardA);
		assertThat(version(this.wardA)).isEqualTo(1);
		Map<String, Object> audit = auditRow(this.wardA);
		assertThat(audit).containsEntry("action", "UPDATE");
		assertThat((String) audit.get("before_state")).contains("\"successors\":[]");
		assertThat((String) audit.get("after_state")).contains("\"unitId\":" + this.wardY);

		String page = this.mvc.perform(get("/reference/units/" + this.wardA).with(TestUsers.as(this.admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String history = page.substring(page.indexOf("id=\"history-table\""));
		assertThat(history).contains("Đơn vị kế thừa", "Phường Xuân Biên (Một phần, 01/07/2025)",
				"Phường Yên Biên (Một phần, 01/07/2025)", this.admin.getUsername(), "127.0.0.1", "Cập nhật");
	}

	@Test
	void correctingTheNameKeepsTheSuccessorsAndRecordsOnlyTheName() throws Exception {
		Map<String, String> form = wardB();
		form.put("name", "Xã Bình Biên Đã Sửa");
		form.put("successors[0].unitId", String.valueOf(this.wardX));
		form.put("successors[0].share", "WHOLE");
		form.put("successors[0].effectiveDate", "2025-07-01");
		this.mvc.perform(post("/reference/units/" + this.wardB + "/edit", form))
			.andExpect(redirectedUrl("/reference/units/" + this.wardB));
		assertThat(this.reference.successors(this.wardB)).extracting(UnitView::id).containsExactly(this.wardX);
		this.mvc.perform(get("/reference/units/" + this.wardB + "?lang=en").with(TestUsers.as(this.admin)))
			.andExpect(content().string(containsString("Xã Bình Biên Đã Sửa")))
			.andExpect(content().string(containsString("<td>Name</td>")));
		assertThat(this.fixtures.auditRows(UnitService.ENTITY, this.wardB)).isEqualTo(1);
	}

	@Test
	void savingWithoutChangesWritesNoAuditRow() throws Exception {
		this.mvc.perform(post("/reference/units/" + this.wardA + "/edit", wardA()))
			.andExpect(redirectedUrl("/reference/units/" + this.wardA));
		assertThat(this.fixtures.auditRows(UnitService.ENTITY, this.wardA)).isZero();
	}

	@Test
	void aStaleEditOfTheSuccessorsAloneIsRefusedToo() throws Exception {
		Map<String, String> first = wardA();
		first.put("successors[0].unitId", String.valueOf(this.wardX));
		first.put("successors[0].share", "WHOLE");
		Map<String, String> second = wardA();
		second.put("successors[0].unitId", String.valueOf(this.wardY));
		second.put("successors[0].share", "WHOLE");
		this.mvc.perform(post("/reference/units/" + this.wardA + "/edit", first))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/reference/units/" + this.wardA + "/edit", second))
			.andExpect(content().string(containsString("đã được người khác thay đổi")));
		assertThat(this.reference.successors(this.wardA)).extracting(UnitView::id).containsExactly(this.wardX);
	}

	@Test
	void datesOutOfOrderAreRefusedBesideTheField() throws Exception {
		Map<String, String> form = wardA();
		form.put("validFrom", "2025-01-01");
		form.put("validTo", "2024-12-31");
		refused(this.wardA, form, "Ngày hết hiệu lực phải bằng hoặc sau ngày bắt đầu hiệu lực.");
	}

	@Test
	void aCodeInUseByAnotherUnitAtAnOverlappingTimeIsRefused() throws Exception {
		String codeOfB = this.jdbc.sql("SELECT code FROM admin_unit WHERE id = :id")
			.param("id", this.wardB)
			.query(String.class)
			.single();
		Map<String, String> form = wardA();
		form.put("code", codeOfB);
		refused(this.wardA, form,
				"Mã " + codeOfB + " đã được dùng cho Xã Bình Biên trong thời gian hiệu lực trùng nhau.");
	}

	@Test
	void aCodeMayBeReusedAfterTheOldUnitEnded() throws Exception {
		String codeOfA = this.jdbc.sql("SELECT code FROM admin_unit WHERE id = :id")
			.param("id", this.wardA)
			.query(String.class)
			.single();
		Map<String, String> form = wardA();
		form.put("code", codeOfA);
		form.put("name", "Phường An Biên Mới");
		form.put("parentId", String.valueOf(this.province));
		form.put("validFrom", "2025-07-01");
		form.put("validTo", "");
		this.mvc.perform(post("/reference/units/new", form)).andExpect(status().is3xxRedirection());
	}

	@Test
	void theParentMustBeOfAHigherLevel() throws Exception {
		Map<String, String> form = wardA();
		form.put("parentId", String.valueOf(this.wardB));
		refused(this.wardA, form, "Đơn vị cấp trên phải thuộc cấp cao hơn.");
	}

	@Test
	void theParentMustBeInForceWhileTheUnitIs() throws Exception {
		Map<String, String> form = wardA();
		form.put("parentId", String.valueOf(this.fixtures.district("Huyện Đã Giải Thể", this.province)));
		form.put("validFrom", "2025-07-01");
		form.put("validTo", "");
		refused(this.wardA, form, "Đơn vị cấp trên không có hiệu lực trong thời gian hiệu lực của đơn vị này.");
	}

	@Test
	void aUnitCannotSucceedItself() throws Exception {
		Map<String, String> form = wardA();
		form.put("successors[0].unitId", String.valueOf(this.wardA));
		form.put("successors[0].share", "WHOLE");
		refused(this.wardA, form, "Một đơn vị không thể kế thừa chính nó.");
	}

	@Test
	void successionsCannotFormACycle() throws Exception {
		Map<String, String> form = new LinkedHashMap<>(
				Map.of("code", code(this.wardX), "name", "Phường Xuân Biên", "level", "COMMUNE", "parentId",
						String.valueOf(this.province), "validFrom", "2025-07-01", "version", "0"));
		form.put("successors[0].unitId", String.valueOf(this.wardB));
		form.put("successors[0].share", "WHOLE");
		form.put("successors[0].effectiveDate", "2026-01-01");
		refused(this.wardX, form, "sẽ tạo thành vòng lặp");
	}

	@Test
	void aSuccessorIsChosenOnceAndNeedsADate() throws Exception {
		Map<String, String> form = wardA();
		form.put("validTo", "");
		form.put("successors[0].unitId", String.valueOf(this.wardX));
		form.put("successors[0].share", "WHOLE");
		form.put("successors[0].effectiveDate", "2025-07-01");
		form.put("successors[1].unitId", String.valueOf(this.wardX));
		form.put("successors[1].share", "PART");
		form.put("successors[1].effectiveDate", "2025-07-01");
		form.put("successors[2].unitId", String.valueOf(this.wardY));
		form.put("successors[2].share", "PART");
		String page = refused(this.wardA, form, "Đơn vị này đã được chọn ở một dòng khác.");
		assertThat(page).contains("Nhập ngày hiệu lực, hoặc ngày hết hiệu lực của đơn vị.")
			.contains("id=\"e-successors[1].unitId\"")
			.contains("id=\"e-successors[2].effectiveDate\"");
	}

	@Test
	void requiredFieldsAreCheckedInTheUsersLanguage() throws Exception {
		Map<String, String> form = wardA();
		form.put("name", " ");
		refused(this.wardA, form, "Bắt buộc nhập.");
		this.mvc.perform(post("/reference/units/" + this.wardA + "/edit?lang=en", form))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"e-name\"")))
			.andExpect(content().string(containsString("Edit administrative unit")));
	}

	@Test
	void aStaleEditIsRefusedWithAMessage() throws Exception {
		Map<String, String> first = wardA();
		first.put("name", "Xã An Biên Một");
		Map<String, String> second = wardA();
		second.put("name", "Xã An Biên Hai");
		this.mvc.perform(post("/reference/units/" + this.wardA + "/edit", first))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/reference/units/" + this.wardA + "/edit", second))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"form-errors\"")))
			.andExpect(content().string(containsString("đã được người khác thay đổi")));
		assertThat(this.reference.unit(this.wardA)).get().extracting(UnitView::name).isEqualTo("Xã An Biên Một");
		assertThat(this.fixtures.auditRows(UnitService.ENTITY, this.wardA)).isEqualTo(1);
	}

	@Test
	void theAuditRowIsWrittenInTheEditsTransactionAndRollsBackWithIt() {
		UnitForm form = this.units.form(this.wardA);
		UnitForm renamed = new UnitForm(form.code(), "Xã An Biên Tạm", form.nameEn(), form.level(), form.unitType(),
				form.parentId(), form.validFrom(), form.validTo(), form.legalBasis(), form.note(), form.noteEn(),
				form.successors(), form.version());
		this.units.update(this.wardA, renamed, this.admin);
		assertThat(this.fixtures.auditRows(UnitService.ENTITY, this.wardA)).isEqualTo(1);

		TestTransaction.flagForRollback();
		TestTransaction.end();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'admin_unit' AND entity_id = :id")
			.param("id", this.wardA)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM admin_unit WHERE name = 'Xã An Biên Tạm'")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.reference.units()).noneMatch(unit -> unit.name().equals("Xã An Biên Tạm"));
		TestTransaction.start();
	}

	/**
	 * Posts the form, expects it back with the message, and checks nothing was written.
	 */
	private String refused(long id, Map<String, String> form, String message) throws Exception {
		String before = state(id);
		String page = this.mvc.perform(post("/reference/units/" + id + "/edit", form))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(containsString("is-invalid")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(state(id)).isEqualTo(before);
		assertThat(this.fixtures.auditRows(UnitService.ENTITY, id)).isZero();
		return page;
	}

	private String state(long id) {
		return this.jdbc
			.sql("SELECT name || '|' || code || '|' || COALESCE(CAST(parent_id AS VARCHAR), '') || '|' || version "
					+ "FROM admin_unit WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single()
				+ this.jdbc.sql("SELECT COUNT(*) FROM admin_unit_succession WHERE predecessor_id = :id")
					.param("id", id)
					.query(Long.class)
					.single();
	}

	private MockHttpServletRequestBuilder post(String url, Map<String, String> form) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(url)
			.with(TestUsers.as(this.admin))
			.with(csrf());
		form.forEach(request::param);
		return request;
	}

	/** Ward A's form as stored: old commune of the district, until 30/06/2025. */
	private Map<String, String> wardA() {
		return unitForm(this.wardA, "Xã An Biên");
	}

	private Map<String, String> wardB() {
		return unitForm(this.wardB, "Xã Bình Biên");
	}

	private Map<String, String> unitForm(long id, String name) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("code", code(id));
		form.put("name", name);
		form.put("nameEn", "");
		form.put("level", "COMMUNE");
		form.put("unitType", "");
		form.put("parentId", String.valueOf(this.district));
		form.put("validFrom", "");
		form.put("validTo", "2025-06-30");
		form.put("legalBasis", "");
		form.put("note", "Test note");
		form.put("version", String.valueOf(version(id)));
		return form;
	}

	private String code(long id) {
		return this.jdbc.sql("SELECT code FROM admin_unit WHERE id = :id").param("id", id).query(String.class).single();
	}

	private long version(long id) {
		return this.jdbc.sql("SELECT version FROM admin_unit WHERE id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private Map<String, Object> auditRow(long id) {
		return this.jdbc.sql("""
				SELECT action, actor_name, remote_address, before_state, after_state FROM audit_log
				WHERE entity_type = 'admin_unit' AND entity_id = :id ORDER BY id DESC LIMIT 1
				""").param("id", id).query().singleRow();
	}

}
