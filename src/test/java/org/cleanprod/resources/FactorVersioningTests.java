package org.cleanprod.resources;

import org.cleanprod.resources.factor.FactorForm;
import org.cleanprod.resources.factor.FactorService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cleanprod.resources.EnergyConverter.Conversion;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.units.MeasureUnit;
import org.cleanprod.test.BothDatabases;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.context.transaction.TestTransaction;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators add next year's factor without code; results keep the factor versions
 * they used, so history never changes silently: factors are never changed in value,
 * overlapping versions are refused, a wrong value is corrected by a replacement.
 */
@IntegrationTest
@BothDatabases
@RecordApplicationEvents
class FactorVersioningTests {

	private static final LocalDate IN_2024 = LocalDate.of(2024, 6, 1);

	private static final LocalDate IN_2025 = LocalDate.of(2025, 3, 1);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	Resources reference;

	@Autowired
	EnergyConverter converter;

	@Autowired
	FactorService factors;

	@Autowired
	ApplicationEvents events;

	@Autowired
	ReferenceFixtures fixtures;

	CurrentUser admin;

	/** The shipped grid factor of 2024, open-ended. */
	FactorView grid2024;

	@BeforeEach
	void findTheOpenEndedGridFactor() {
		this.admin = this.users.admin();
		this.grid2024 = this.reference.factors("ELECTRICITY", FactorKind.TCO2).getFirst();
		assertThat(this.grid2024.validFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(this.grid2024.validTo()).isNull();
	}

	@Test
	void addingTheTwentyTwentyFiveGridFactorClosesTheOpenEndedOneAndConversionsUseEachInItsYear() throws Exception {
		Conversion before2025 = mwh(IN_2025);
		assertThat(before2025.tco2()).isEqualByComparingTo("0.6811");

		this.mvc.perform(post("/reference/resources/ELECTRICITY/factors/new", gridFactor("2025-01-01", true)))
			.andExpect(redirectedUrl("/reference/resources/ELECTRICITY#factors-TCO2"))
			.andExpect(flash().attributeExists("flash"));

		FactorView grid2025 = this.reference.factors("ELECTRICITY", FactorKind.TCO2).getFirst();
		assertThat(grid2025.value()).isEqualByComparingTo("0.7012");
		assertThat(grid2025.validFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(grid2025.validTo()).isNull();
		assertThat(grid2025.sourceIds()).isEqualTo("S-EF5;S-EF6");
		assertThat(this.reference.factor(this.grid2024.id())).get()
			.satisfies(closed -> assertThat(closed.validTo()).isEqualTo(LocalDate.of(2024, 12, 31)))
			.satisfies(closed -> assertThat(closed.value()).isEqualByComparingTo("0.6811"));

		Conversion in2025 = mwh(IN_2025);
		assertThat(in2025.tco2()).isEqualByComparingTo("0.7012");
		assertThat(in2025.factorIds()).contains(grid2025.id()).doesNotContain(this.grid2024.id());
		Conversion in2024 = mwh(IN_2024);
		assertThat(in2024.tco2()).isEqualByComparingTo("0.6811");
		assertThat(in2024.factorIds()).contains(this.grid2024.id());
		assertThat(mwh(LocalDate.of(2030, 1, 1)).tco2()).isEqualByComparingTo("0.7012");
		assertThat(this.events.stream(ConversionFactorAdded.class))
			.containsExactly(new ConversionFactorAdded("ELECTRICITY", FactorKind.TCO2, grid2025.id(),
					LocalDate.of(2025, 1, 1), null, this.grid2024.id(), null));

		assertThat(this.fixtures.auditRows(FactorService.ENTITY, grid2025.id())).isEqualTo(1);
		assertThat(this.fixtures.auditRows(FactorService.ENTITY, this.grid2024.id())).isEqualTo(1);
		assertThat(auditAfter(this.grid2024.id())).contains("\"validTo\":\"2024-12-31\"");
		String page = this.mvc.perform(get("/reference/resources/ELECTRICITY").with(TestUsers.as(this.admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.substring(page.indexOf("id=\"history-table\""))).contains("31/12/2024", "0,7012",
				"Hệ số quy đổi");
	}

	@Test
	void theFormOffersToCloseTheOpenEndedFactorAndWritesNothingUntilConfirmed() throws Exception {
		this.mvc
			.perform(get("/reference/resources/ELECTRICITY/factors/new").param("kind", "TCO2")
				.param("perUnit", "MWH")
				.param("validFrom", "2025-01-01")
				.with(TestUsers.as(this.admin)))
			.andExpect(content().string(containsString("id=\"factor-closing\"")))
			.andExpect(content().string(containsString("31/12/2024")));
		long factorsBefore = factorCount();
		this.mvc.perform(post("/reference/resources/ELECTRICITY/factors/new", gridFactor("2025-01-01", false)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"e-closeOpen\"")))
			.andExpect(content().string(containsString("hãy xác nhận đóng hệ số đó vào ngày 31/12/2024")));
		assertThat(factorCount()).isEqualTo(factorsBefore);
		assertThat(this.reference.factor(this.grid2024.id())).get().extracting(FactorView::validTo).isNull();
		assertThat(this.fixtures.auditRows(FactorService.ENTITY, this.grid2024.id())).isZero();
		assertThat(this.events.stream(ConversionFactorAdded.class)).isEmpty();
	}

	@Test
	void anOverlappingValidityIsRefusedWithAClearMessage() throws Exception {
		long factorsBefore = factorCount();
		Map<String, String> form = gridFactor("2023-07-01", true);
		form.put("validTo", "2024-06-30");
		this.mvc.perform(post("/reference/resources/ELECTRICITY/factors/new", form))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"e-validFrom\"")))
			.andExpect(content().string(containsString("Trùng thời gian hiệu lực với hệ số số")))
			.andExpect(content().string(containsString("01/01/2023 – 31/12/2023")));
		Map<String, String> sameStart = gridFactor("2024-01-01", true);
		this.mvc.perform(post("/reference/resources/ELECTRICITY/factors/new", sameStart))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("01/01/2024 – …")));
		assertThat(factorCount()).isEqualTo(factorsBefore);
		assertThat(this.reference.factor(this.grid2024.id())).get().extracting(FactorView::validTo).isNull();
	}

	@Test
	void aFactorForAUnitTheResourceDoesNotAcceptIsRefusedButCo2PerGjIsAllowed() throws Exception {
		Map<String, String> form = gridFactor("2025-01-01", true);
		form.put("perUnit", "TONNE");
		this.mvc.perform(post("/reference/resources/ELECTRICITY/factors/new", form))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"e-perUnit\"")));
		Map<String, String> perEnergy = gridFactor("", false);
		perEnergy.put("perUnit", "GJ");
		perEnergy.put("validFrom", "");
		this.mvc.perform(post("/reference/resources/STEAM/factors/new", perEnergy))
			.andExpect(status().is3xxRedirection());
		assertThat(this.reference.factors("STEAM", FactorKind.TCO2)).singleElement()
			.extracting(FactorView::perUnit)
			.isEqualTo(MeasureUnit.GJ);
		assertThat(this.converter.convert("STEAM", BigDecimal.TEN, MeasureUnit.GJ, IN_2025).tco2())
			.isEqualByComparingTo("7.012");
	}

	@Test
	void aValueOutOfRangeOrPrecisionAndAMaximumBelowTheValueAreRefused() throws Exception {
		Map<String, String> form = gridFactor("2025-01-01", true);
		form.put("value", "0");
		this.mvc.perform(post("/reference/resources/ELECTRICITY/factors/new", form))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"e-value\"")));
		form.put("value", "1000000000000");
		this.mvc.perform(post("/reference/resources/ELECTRICITY/factors/new", form))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"e-value\"")));
		form.put("value", "0.0000000000001");
		this.mvc.perform(post("/reference/resources/ELECTRICITY/factors/new", form))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tối đa 12 chữ số thập phân.")));
		form.put("value", "0.7");
		form.put("valueMax", "0.6");
		this.mvc.perform(post("/reference/resources/ELECTRICITY/factors/new", form))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"e-valueMax\"")));
		assertThat(this.reference.factor(this.grid2024.id())).get().extracting(FactorView::validTo).isNull();
	}

	@Test
	void theValueOfAnExistingFactorCannotChangeOnlyWhatIsSaidAboutIt() throws Exception {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("sourceIds", "S-EF5, S-EF6 ,S-EF1");
		form.put("confidence", "uncertain (checked again)");
		form.put("note", "Checked against the 2025 news.");
		form.put("value", "0.1");
		form.put("validFrom", "2020-01-01");
		form.put("version", "0");
		this.mvc.perform(post("/reference/resources/ELECTRICITY/factors/" + this.grid2024.id() + "/edit", form))
			.andExpect(redirectedUrl("/reference/resources/ELECTRICITY#factor-" + this.grid2024.id()));
		FactorView annotated = this.reference.factor(this.grid2024.id()).orElseThrow();
		assertThat(annotated.value()).isEqualByComparingTo("0.6811");
		assertThat(annotated.validFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(annotated.sourceIds()).isEqualTo("S-EF5;S-EF6;S-EF1");
		assertThat(annotated.confidence()).isEqualTo("uncertain (checked again)");
		assertThat(this.fixtures.auditRows(FactorService.ENTITY, this.grid2024.id())).isEqualTo(1);
		assertThat(auditAfter(this.grid2024.id())).contains("\"value\":0.6811", "Checked against");
		this.mvc.perform(post("/reference/resources/ELECTRICITY/factors/" + this.grid2024.id() + "/edit", form))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("đã được người khác thay đổi")));
	}

	@Test
	void aWrongValueIsCorrectedByAReplacementThatKeepsTheOldFactorForPastResults() throws Exception {
		Conversion used = mwh(IN_2024);
		assertThat(used.factorIds()).contains(this.grid2024.id());
		Map<String, String> form = gridFactor("2024-01-01", false);
		form.put("value", "0.6800");
		form.put("supersedes", String.valueOf(this.grid2024.id()));
		this.mvc.perform(post("/reference/resources/ELECTRICITY/factors/new", form))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flash"));
		FactorView correction = this.reference.factors("ELECTRICITY", FactorKind.TCO2).getFirst();
		assertThat(correction.value()).isEqualByComparingTo("0.68");
		assertThat(this.reference.factors("ELECTRICITY", FactorKind.TCO2)).extracting(FactorView::id)
			.doesNotContain(this.grid2024.id());
		assertThat(this.reference.factor(this.grid2024.id())).get()
			.extracting(FactorView::value)
			.satisfies(value -> assertThat(value).isEqualByComparingTo("0.6811"));
		assertThat(mwh(IN_2024).tco2()).isEqualByComparingTo("0.68");
		assertThat(this.fixtures.auditRows(FactorService.ENTITY, this.grid2024.id())).isEqualTo(1);
		assertThat(auditAfter(this.grid2024.id())).contains("\"supersededBy\":" + correction.id());
		this.mvc.perform(get("/reference/resources/ELECTRICITY").with(TestUsers.as(this.admin)))
			.andExpect(content().string(containsString("Đã được thay bằng hệ số số " + correction.id())))
			.andExpect(content().string(not(containsString("id=\"factor-correct-" + this.grid2024.id() + "\""))));
	}

	@Test
	void aReplacementMustCoverTheFactorItCorrects() throws Exception {
		Map<String, String> form = gridFactor("2024-06-01", false);
		form.put("supersedes", String.valueOf(this.grid2024.id()));
		this.mvc.perform(post("/reference/resources/ELECTRICITY/factors/new", form))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("01/01/2024 – …")))
			.andExpect(content().string(containsString("id=\"factor-correcting\"")));
		assertThat(this.reference.factors("ELECTRICITY", FactorKind.TCO2).getFirst().id())
			.isEqualTo(this.grid2024.id());
	}

	@Test
	void waterAndMaterialsTakeCo2FactorsOnly() throws Exception {
		Map<String, String> form = gridFactor("2025-01-01", false);
		form.put("kind", "GJ");
		form.put("perUnit", "CUBIC_METRE");
		this.mvc.perform(post("/reference/resources/WATER/factors/new", form))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"e-kind\"")));
	}

	@Test
	void theFactorAndTheClosingAreAuditedInTheEditsTransactionAndRollBackWithIt() {
		FactorForm form = new FactorForm(FactorKind.TCO2, MeasureUnit.MWH, new BigDecimal("0.7012"), null,
				LocalDate.of(2025, 1, 1), null, false, "S-EF5", "không chắc chắn", "uncertain", null, null, null, true);
		FactorService.Added added = this.factors.add("ELECTRICITY", form, this.admin);
		assertThat(added.closedId()).isEqualTo(this.grid2024.id());
		assertThat(this.fixtures.auditRows(FactorService.ENTITY, added.id())).isEqualTo(1);
		assertThat(this.fixtures.auditRows(FactorService.ENTITY, this.grid2024.id())).isEqualTo(1);

		TestTransaction.flagForRollback();
		TestTransaction.end();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'conversion_factor'")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM conversion_factor WHERE id = :id")
			.param("id", added.id())
			.query(Long.class)
			.single()).isZero();
		assertThat(this.reference.factors("ELECTRICITY", FactorKind.TCO2).getFirst().id())
			.isEqualTo(this.grid2024.id());
		assertThat(this.reference.factor(this.grid2024.id())).get().extracting(FactorView::validTo).isNull();
		TestTransaction.start();
	}

	private Conversion mwh(LocalDate date) {
		return this.converter.convert("ELECTRICITY", BigDecimal.ONE, MeasureUnit.MWH, date);
	}

	private long factorCount() {
		return this.jdbc.sql("SELECT COUNT(*) FROM conversion_factor").query(Long.class).single();
	}

	private String auditAfter(long factorId) {
		List<String> states = this.jdbc.sql("""
				SELECT after_state FROM audit_log WHERE entity_type = 'conversion_factor' AND entity_id = :id
				ORDER BY id DESC
				""").param("id", factorId).query(String.class).list();
		return states.getFirst();
	}

	private Map<String, String> gridFactor(String validFrom, boolean closeOpen) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("kind", "TCO2");
		form.put("perUnit", "MWH");
		form.put("value", "0.7012");
		form.put("valueMax", "");
		form.put("validFrom", validFrom);
		form.put("validTo", "");
		form.put("_derived", "on");
		form.put("sourceIds", "S-EF5; S-EF6");
		form.put("confidence", "secondary (test)");
		form.put("note", "Grid factor of 2025 as announced (test).");
		if (closeOpen) {
			form.put("closeOpen", "true");
		}
		form.put("_closeOpen", "on");
		return form;
	}

	private MockHttpServletRequestBuilder post(String url, Map<String, String> form) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(url)
			.with(TestUsers.as(this.admin))
			.with(csrf());
		form.forEach(request::param);
		return request;
	}

}
