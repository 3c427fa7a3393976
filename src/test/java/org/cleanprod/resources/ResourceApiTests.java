package org.cleanprod.resources;

import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.test.BothDatabases;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /api/v1/resources} gives resources, their units and their factors as JSON. */
@IntegrationTest
@BothDatabases
class ResourceApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Resources reference;

	@Autowired
	ReferenceFixtures fixtures;

	CurrentUser officer;

	CurrentUser admin;

	String dye;

	@BeforeEach
	void createTheirOwnMaterial() {
		this.officer = this.users.officer();
		this.admin = this.users.admin();
		this.dye = this.fixtures.material("Thuốc nhuộm giao diện", "13", "14");
	}

	@Test
	void listsResourcesWithCodeNamesAndAcceptedUnitsWithSymbols() throws Exception {
		this.mvc.perform(get("/api/v1/resources").with(TestUsers.as(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$[0].code", is("ELECTRICITY")))
			.andExpect(jsonPath("$[?(@.code == 'DO')].kind", contains("ENERGY")))
			.andExpect(jsonPath("$[?(@.code == 'DO')].carrierGroup", contains("OIL")))
			.andExpect(jsonPath("$[?(@.code == 'DO')].name", contains("Dầu DO")))
			.andExpect(jsonPath("$[?(@.code == 'DO')].nameEn", contains("Diesel oil (DO)")))
			.andExpect(jsonPath("$[?(@.code == 'DO')].baseUnit.code", contains("TONNE")))
			.andExpect(jsonPath("$[?(@.code == 'DO')].baseUnit.symbol", contains("t")))
			.andExpect(jsonPath("$[?(@.code == 'DO')].acceptedUnits[*].code",
					contains("TONNE", "KG", "LITRE", "THOUSAND_LITRES")))
			.andExpect(jsonPath("$[?(@.code == 'DO')].acceptedUnits[*].symbol", contains("t", "kg", "L", "1000 L")))
			.andExpect(jsonPath("$[?(@.code == 'DO')].acceptedUnits[*].dimension",
					contains("MASS", "MASS", "VOLUME", "VOLUME")))
			.andExpect(jsonPath("$[?(@.code == 'DO')].densityTonnesPerCubicMetre", contains(0.862745)))
			.andExpect(jsonPath("$[?(@.code == 'WOOD')].biogenic", contains(true)))
			.andExpect(jsonPath("$[?(@.code == '" + this.dye + "')].sectorCodes[*]", contains("13", "14")));
	}

	@Test
	void filtersLikeTheList() throws Exception {
		this.mvc
			.perform(get("/api/v1/resources").param("kind", "MATERIAL")
				.param("sector", "13")
				.with(TestUsers.as(this.officer)))
			.andExpect(jsonPath("$[*].code", hasItem(this.dye)))
			.andExpect(jsonPath("$[*].code", hasItem("DYES")))
			.andExpect(jsonPath("$[*].code", not(hasItem("PULP"))))
			.andExpect(jsonPath("$[*].kind", everyItem(is("MATERIAL"))));
		this.mvc.perform(get("/api/v1/resources").param("q", "dau do").with(TestUsers.as(this.officer)))
			.andExpect(jsonPath("$[*].code", contains("DO")));
	}

	@Test
	void givesAResourceWithEveryFactorVersionAndNotesOnlyToEditors() throws Exception {
		this.mvc.perform(get("/api/v1/resources/ELECTRICITY").with(TestUsers.as(this.officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code", is("ELECTRICITY")))
			.andExpect(jsonPath("$.baseUnit.code", is("KWH")))
			.andExpect(jsonPath("$.factors[?(@.kind == 'TCO2')]", hasSize(11)))
			.andExpect(
					jsonPath("$.factors[?(@.kind == 'TCO2' && @.validFrom == '2016-01-01')].value", contains(0.9185)))
			.andExpect(jsonPath("$.factors[?(@.kind == 'TCO2' && @.validFrom == '2016-01-01')].validTo",
					contains("2016-12-31")))
			.andExpect(jsonPath("$.factors[?(@.kind == 'TCO2' && @.validFrom == '2016-01-01')].perUnit.code",
					contains("MWH")))
			.andExpect(jsonPath("$.factors[?(@.kind == 'TOE')].derived", contains(false)))
			.andExpect(jsonPath("$.factors[?(@.kind == 'TOE')].sources[*].id", contains("S-TOE1", "S-TOE2")))
			.andExpect(jsonPath("$.factors[0].confidence", nullValue()))
			.andExpect(jsonPath("$.confidence", nullValue()));
		this.mvc.perform(get("/api/v1/resources/ELECTRICITY").with(TestUsers.as(this.admin)))
			.andExpect(jsonPath("$.confidence", is("nguồn thứ cấp")))
			.andExpect(jsonPath("$.factors[?(@.kind == 'TCO2' && @.validFrom == '2024-01-01')].confidence",
					contains("không chắc chắn")));
		this.mvc.perform(get("/api/v1/resources/" + this.dye).with(TestUsers.as(this.officer)))
			.andExpect(jsonPath("$.sectors[*].code", contains("13", "14")))
			.andExpect(jsonPath("$.factors", hasSize(0)));
	}

	@Test
	void givesTheFactorsValidOnADate() throws Exception {
		this.mvc
			.perform(get("/api/v1/resources/ELECTRICITY/factors").param("kind", "TCO2")
				.param("date", "2020-06-01")
				.with(TestUsers.as(this.officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].value", is(0.8041)))
			.andExpect(jsonPath("$[0].validFrom", is("2020-01-01")))
			.andExpect(jsonPath("$[0].perUnit.symbol", is("MWh")));
		this.mvc
			.perform(get("/api/v1/resources/DO/factors").param("date", "2020-06-01").with(TestUsers.as(this.officer)))
			.andExpect(jsonPath("$[*].kind", containsInAnyOrder("GJ", "TOE", "TOE", "TCO2")));
		this.mvc
			.perform(get("/api/v1/resources/ELECTRICITY/factors").param("kind", "TCO2")
				.param("date", "2013-06-01")
				.with(TestUsers.as(this.officer)))
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void unknownResourcesAreProblemDetailsWithNotFound() throws Exception {
		for (String url : new String[] { "/api/v1/resources/NO_SUCH", "/api/v1/resources/NO_SUCH/factors" }) {
			this.mvc.perform(get(url).with(TestUsers.as(this.officer)))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
	}

	@Test
	void callersWhoAreNotSignedInGetUnauthorized() throws Exception {
		this.mvc.perform(get("/api/v1/resources")).andExpect(status().isUnauthorized());
	}

}
