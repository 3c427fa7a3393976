package org.cleanprod.facility;

import java.util.Set;

import jakarta.persistence.EntityManager;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.test.BothDatabases;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.cleanprod.test.TestUsers.as;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@BothDatabases
class FacilityApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TestUsers users;

	@Autowired
	Facilities facilities;

	CurrentUser officer;

	@BeforeEach
	void setUp() {
		this.officer = this.facilities.registrar();
	}

	@Test
	void listsFacilitiesFilteredSortedAndPaged() throws Exception {
		long enterprise = this.facilities.enterprise("Công ty TNHH Bao Bì Api");
		this.facilities.facility(enterprise, "Xưởng bao bì Api A", "Phường Phú Cường", "17");
		this.facilities.facility(enterprise, "Xưởng bao bì Api B", "Phường Dĩ An", "17");
		this.mvc
			.perform(get("/api/v1/facilities").param("q", "bao bi api")
				.param("sort", "name")
				.param("dir", "desc")
				.param("size", "1")
				.with(as(this.officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total", is(2)))
			.andExpect(jsonPath("$.items[0].name", is("Xưởng bao bì Api B")))
			.andExpect(jsonPath("$.items[0].code", startsWith("CS-")))
			.andExpect(jsonPath("$.query.page", is(1)));
	}

	@Test
	void aFacilityOutsideTheScopeIsAProblemDetail404() throws Exception {
		long diAn = this.facilities.textileMill("Phường Dĩ An");
		CurrentUser district = this.users.district(Set.of(this.facilities.district("718").id()));
		this.mvc.perform(get("/api/v1/facilities/" + diAn).with(as(district)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status", is(404)))
			.andExpect(jsonPath("$.title", is("Không tìm thấy")));
		this.mvc.perform(get("/api/v1/facilities").with(as(district)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", everyItem(org.hamcrest.Matchers.not(is((int) diAn)))));
	}

	@Test
	void oneFacilityCarriesItsReportingUnits() throws Exception {
		long id = this.facilities.textileMill("Phường Phú Cường");
		// A facility registered before the 2025 reorganisation stays on its old ward.
		this.jdbc.sql("""
				UPDATE facility SET unit_id = (SELECT id FROM admin_unit WHERE name = 'Phường Phú Cường'
				    AND valid_to IS NOT NULL) WHERE id = :id""").param("id", id).update();
		this.entityManager.clear();
		this.mvc.perform(get("/api/v1/facilities/" + id).param("lang", "en").with(as(this.officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unit.name", is("Phường Phú Cường")))
			.andExpect(jsonPath("$.reportingUnits[*].name", hasItem("Phường Thủ Dầu Một")));
	}

	@Test
	void invalidBodiesGetEveryFieldErrorInTheCallersLanguage() throws Exception {
		this.mvc
			.perform(post("/api/v1/enterprises").with(as(this.officer))
				.with(csrf())
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"taxCode\":\"123\",\"name\":\"\",\"ownership\":\"PRIVATE\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("taxCode")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")))
			.andExpect(jsonPath("$.errors[*].message", hasItem(startsWith("Not a valid tax code"))));
	}

	@Test
	void registersAnEnterpriseAndAFacility() throws Exception {
		String taxCode = Facilities.newTaxCode();
		this.mvc
			.perform(post("/api/v1/enterprises").with(as(this.officer))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"taxCode\":\"" + taxCode + "\",\"name\":\"Công ty Cổ phần Api\",\"ownership\":\"STATE\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/enterprises/")))
			.andExpect(jsonPath("$.taxCode", is(taxCode)));
	}

	@Test
	void theApiDescriptionIsPublished() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/facilities'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/facilities/{id}'].get").exists());
	}

	@Test
	void anonymousCallersGetA401ProblemDetail() throws Exception {
		this.mvc.perform(get("/api/v1/facilities"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status", is(401)));
	}

}
