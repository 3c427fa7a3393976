package org.cleanprod.resources;

import org.cleanprod.resources.resource.ResourceForm;
import org.cleanprod.resources.resource.ResourceService;
import org.cleanprod.resources.setting.SettingService;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.units.MeasureUnit;
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
 * Administrators add raw materials for their sectors, correct energy carriers within what
 * records and factors rely on, and edit settings; every change is audited in its
 * transaction.
 */
@IntegrationTest
@BothDatabases
class ResourceEditingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	Resources reference;

	@Autowired
	ResourceService resources;

	@Autowired
	ReferenceFixtures fixtures;

	CurrentUser admin;

	String resin;

	@BeforeEach
	void createTheirOwnMaterial() {
		this.admin = this.users.admin();
		this.resin = this.fixtures.material("Hạt nhựa thử nghiệm", "22");
	}

	@Test
	void administratorCreatesAMaterialForTwoSectorsAndTheCreationIsAudited() throws Exception {
		Map<String, String> form = materialForm("T_RECYCLED_PULP", "Bột giấy tái chế");
		this.mvc.perform(submit("/reference/resources/new", form, "13", "17"))
			.andExpect(redirectedUrl("/reference/resources/T_RECYCLED_PULP"));
		ResourceView pulp = this.reference.resource("T_RECYCLED_PULP").orElseThrow();
		assertThat(pulp.kind()).isEqualTo(ResourceKind.MATERIAL);
		assertThat(pulp.carrierGroup()).isNull();
		assertThat(pulp.baseUnit()).isEqualTo(MeasureUnit.TONNE);
		assertThat(pulp.acceptedUnits()).containsExactly(MeasureUnit.TONNE, MeasureUnit.KG);
		assertThat(pulp.sectorCodes()).containsExactlyInAnyOrder("13", "17");
		assertThat(pulp.appliesTo("17")).isTrue();
		assertThat(pulp.appliesTo("24")).isFalse();
		long id = this.fixtures.resourceId("T_RECYCLED_PULP");
		assertThat(this.fixtures.auditRows(ResourceService.ENTITY, id)).isEqualTo(1);
		assertThat(auditAfter(ResourceService.ENTITY, id)).contains("\"sectorCodes\":[\"13\",\"17\"]",
				"\"acceptedUnits\":[\"TONNE\",\"KG\"]");
		this.mvc.perform(get("/reference/resources/T_RECYCLED_PULP").with(TestUsers.as(this.admin)))
			.andExpect(content().string(containsString("Bột giấy tái chế")))
			.andExpect(content().string(containsString("id=\"history-table\"")))
			.andExpect(content().string(containsString("13, 17")));
		this.mvc.perform(submit("/reference/resources/new", form, "13"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mã T_RECYCLED_PULP đã được dùng.")));
	}

	@Test
	void aMaterialsUnitsIncludeTheBaseUnitAndMeasureOneQuantity() throws Exception {
		Map<String, String> form = materialForm("T_MIXED", "Vật liệu lẫn đơn vị");
		form.put("baseUnit", "CUBIC_METRE");
		this.mvc.perform(submit("/reference/resources/new", form))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("phải gồm đơn vị cơ sở")));
		this.mvc.perform(submit("/reference/resources/new", form, List.of("TONNE", "KG", "CUBIC_METRE")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("cùng một đại lượng")));
		this.mvc.perform(submit("/reference/resources/new", form, List.of()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chọn ít nhất một đơn vị.")));
		Map<String, String> lowerCase = materialForm("t_lower", "Mã chữ thường");
		this.mvc.perform(submit("/reference/resources/new", lowerCase))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"e-code\"")));
		assertThat(this.reference.resource("T_MIXED")).isEmpty();
	}

	@Test
	void onlyMaterialsBelongToSectorsAndAnEnergyCarrierNeedsAGroup() throws Exception {
		Map<String, String> form = materialForm("T_FUEL", "Nhiên liệu thử");
		form.put("kind", "ENERGY");
		this.mvc.perform(submit("/reference/resources/new", form, "13"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"e-carrierGroup\"")))
			.andExpect(content().string(containsString("id=\"e-sectorCodes\"")));
		form.put("carrierGroup", "BIOMASS");
		form.put("biogenic", "true");
		this.mvc.perform(submit("/reference/resources/new", form))
			.andExpect(redirectedUrl("/reference/resources/T_FUEL"));
		ResourceView fuel = this.reference.resource("T_FUEL").orElseThrow();
		assertThat(fuel.carrierGroup()).isEqualTo("BIOMASS");
		assertThat(fuel.biogenic()).isTrue();
	}

	@Test
	void administratorMovesAMaterialToOtherSectorsAndTheHistoryShowsIt() throws Exception {
		Map<String, String> form = editForm(this.resin, "Hạt nhựa thử nghiệm");
		form.put("baseUnit", "KG");
		this.mvc.perform(submit("/reference/resources/" + this.resin + "/edit", form, "22", "20"))
			.andExpect(redirectedUrl("/reference/resources/" + this.resin));
		ResourceView resin = this.reference.resource(this.resin).orElseThrow();
		assertThat(resin.sectorCodes()).containsExactlyInAnyOrder("20", "22");
		assertThat(resin.baseUnit()).isEqualTo(MeasureUnit.KG);
		assertThat(resin.acceptedUnits()).containsExactly(MeasureUnit.KG, MeasureUnit.TONNE);
		long id = this.fixtures.resourceId(this.resin);
		assertThat(this.fixtures.auditRows(ResourceService.ENTITY, id)).isEqualTo(1);
		String page = this.mvc.perform(get("/reference/resources/" + this.resin).with(TestUsers.as(this.admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.substring(page.indexOf("id=\"history-table\""))).contains("Ngành áp dụng", "20, 22",
				"Đơn vị cơ sở", "kg");
	}

	@Test
	void onlySectorsChangingStillCountsAsAnAuditedEdit() throws Exception {
		this.mvc
			.perform(submit("/reference/resources/" + this.resin + "/edit", editForm(this.resin, "Hạt nhựa thử nghiệm"),
					"22", "21"))
			.andExpect(redirectedUrl("/reference/resources/" + this.resin));
		long id = this.fixtures.resourceId(this.resin);
		assertThat(this.fixtures.auditRows(ResourceService.ENTITY, id)).isEqualTo(1);
		assertThat(
				this.jdbc.sql("SELECT version FROM resource WHERE id = :id").param("id", id).query(Long.class).single())
			.isEqualTo(1L);
	}

	@Test
	void savingWithoutChangesWritesNoAuditRow() throws Exception {
		this.mvc
			.perform(submit("/reference/resources/" + this.resin + "/edit", editForm(this.resin, "Hạt nhựa thử nghiệm"),
					"22"))
			.andExpect(redirectedUrl("/reference/resources/" + this.resin));
		assertThat(this.fixtures.auditRows(ResourceService.ENTITY, this.fixtures.resourceId(this.resin))).isZero();
	}

	@Test
	void anEnergyCarrierKeepsItsCodeKindAndBaseUnitAndTheUnitsItsFactorsUse() throws Exception {
		Map<String, String> form = editForm("DO", "Dầu diesel (DO)");
		form.put("kind", "MATERIAL");
		form.put("baseUnit", "KG");
		form.put("density", "0.85");
		this.mvc
			.perform(submit("/reference/resources/DO/edit", form, List.of("TONNE", "KG", "LITRE", "THOUSAND_LITRES")))
			.andExpect(redirectedUrl("/reference/resources/DO"));
		ResourceView diesel = this.reference.resource("DO").orElseThrow();
		assertThat(diesel.name()).isEqualTo("Dầu diesel (DO)");
		assertThat(diesel.kind()).isEqualTo(ResourceKind.ENERGY);
		assertThat(diesel.baseUnit()).isEqualTo(MeasureUnit.TONNE);
		assertThat(diesel.carrierGroup()).isEqualTo("OIL");
		assertThat(diesel.densityTonnesPerCubicMetre()).isEqualByComparingTo("0.85");

		Map<String, String> dropped = editForm("DO", "Dầu diesel (DO)");
		this.mvc.perform(submit("/reference/resources/DO/edit", dropped, List.of("TONNE", "KG", "LITRE")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không bỏ được đơn vị mà hệ số quy đổi đang dùng: 1000 L.")));
		Map<String, String> precise = editForm("DO", "Dầu diesel (DO)");
		precise.put("density", "0.8512345");
		this.mvc
			.perform(
					submit("/reference/resources/DO/edit", precise, List.of("TONNE", "KG", "LITRE", "THOUSAND_LITRES")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"e-density\"")));
		Map<String, String> renamed = editForm("DO", "Dầu diesel (DO)");
		renamed.put("code", "DIESEL");
		this.mvc
			.perform(
					submit("/reference/resources/DO/edit", renamed, List.of("TONNE", "KG", "LITRE", "THOUSAND_LITRES")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không đổi được mã.")));
		assertThat(this.reference.resource("DO").orElseThrow().acceptedUnits()).contains(MeasureUnit.THOUSAND_LITRES);
	}

	@Test
	void aStaleEditIsRefused() throws Exception {
		Map<String, String> first = editForm(this.resin, "Hạt nhựa một");
		Map<String, String> second = editForm(this.resin, "Hạt nhựa hai");
		this.mvc.perform(submit("/reference/resources/" + this.resin + "/edit", first, "22"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(submit("/reference/resources/" + this.resin + "/edit", second, "22"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("đã được người khác thay đổi")));
		assertThat(this.reference.resource(this.resin).orElseThrow().name()).isEqualTo("Hạt nhựa một");
	}

	@Test
	void administratorChangesASettingAndTheChangeIsAudited() throws Exception {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("value", "1500");
		form.put("sourceIds", "S-TOE3");
		form.put("confidence", "confirmed (test)");
		form.put("note", "A new threshold (test).");
		form.put("version", "0");
		this.mvc.perform(post("/reference/settings/DESIGNATED_ENERGY_USER_TOE/edit", form))
			.andExpect(redirectedUrl("/reference/settings#setting-DESIGNATED_ENERGY_USER_TOE"));
		assertThat(this.reference.setting("DESIGNATED_ENERGY_USER_TOE")).contains(new BigDecimal("1500"));
		long id = this.jdbc.sql("SELECT id FROM reference_setting WHERE setting_key = 'DESIGNATED_ENERGY_USER_TOE'")
			.query(Long.class)
			.single();
		assertThat(this.fixtures.auditRows(SettingService.ENTITY, id)).isEqualTo(1);
		this.mvc.perform(get("/reference/settings/DESIGNATED_ENERGY_USER_TOE/edit").with(TestUsers.as(this.admin)))
			.andExpect(content().string(containsString("1.500")))
			.andExpect(content().string(containsString("id=\"history-table\"")));
		form.put("value", "-1");
		form.put("version", "1");
		this.mvc.perform(post("/reference/settings/DESIGNATED_ENERGY_USER_TOE/edit", form))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"e-value\"")));
	}

	@Test
	void theAuditRowIsWrittenInTheEditsTransactionAndRollsBackWithIt() {
		ResourceForm form = this.resources.form(this.resin);
		ResourceForm renamed = new ResourceForm(form.code(), form.kind(), form.carrierGroup(), "Hạt nhựa tạm",
				form.nameEn(), form.baseUnit(), form.acceptedUnits(), form.density(), form.biogenic(),
				form.sectorCodes(), form.active(), form.sortOrder(), form.note(), form.noteEn(), form.version());
		this.resources.update(this.resin, renamed, this.admin);
		long id = this.fixtures.resourceId(this.resin);
		assertThat(this.fixtures.auditRows(ResourceService.ENTITY, id)).isEqualTo(1);

		TestTransaction.flagForRollback();
		TestTransaction.end();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'resource'")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.reference.resources()).noneMatch(resource -> resource.name().equals("Hạt nhựa tạm"));
		TestTransaction.start();
	}

	private String auditAfter(String entity, long id) {
		return this.jdbc.sql("""
				SELECT after_state FROM audit_log WHERE entity_type = :entity AND entity_id = :id ORDER BY id DESC
				""").param("entity", entity).param("id", id).query(String.class).list().getFirst();
	}

	private Map<String, String> materialForm(String code, String name) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("code", code);
		form.put("kind", "MATERIAL");
		form.put("carrierGroup", "");
		form.put("name", name);
		form.put("nameEn", "");
		form.put("baseUnit", "TONNE");
		form.put("density", "");
		form.put("_biogenic", "on");
		form.put("_active", "on");
		form.put("active", "true");
		form.put("sortOrder", "300");
		form.put("note", "");
		return form;
	}

	/** The edit form of a resource as stored, with another name. */
	private Map<String, String> editForm(String code, String name) {
		Map<String, String> form = new LinkedHashMap<>();
		ResourceForm stored = this.resources.form(code);
		form.put("code", code);
		form.put("name", name);
		form.put("nameEn", (stored.nameEn() != null) ? stored.nameEn() : "");
		form.put("baseUnit", stored.baseUnit().name());
		form.put("density", (stored.density() != null) ? stored.density().toPlainString() : "");
		form.put("_active", "on");
		form.put("active", "true");
		form.put("sortOrder", String.valueOf(stored.sortOrder()));
		form.put("note", (stored.note() != null) ? stored.note() : "");
		form.put("version", String.valueOf(stored.version()));
		return form;
	}

	/** Posts a resource form accepting tonnes and kilograms, in the given sectors. */
	private MockHttpServletRequestBuilder submit(String url, Map<String, String> form, String... sectors) {
		MockHttpServletRequestBuilder request = submit(url, form, List.of("TONNE", "KG"));
		if (sectors.length > 0) {
			request.param("sectorCodes", sectors);
		}
		return request;
	}

	private MockHttpServletRequestBuilder submit(String url, Map<String, String> form, List<String> units) {
		MockHttpServletRequestBuilder request = post(url, form);
		if (!units.isEmpty()) {
			request.param("acceptedUnits", units.toArray(String[]::new));
		}
		return request;
	}

	private MockHttpServletRequestBuilder post(String url, Map<String, String> form) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(url)
			.with(TestUsers.as(this.admin))
			.with(csrf());
		form.forEach(request::param);
		return request;
	}

}
