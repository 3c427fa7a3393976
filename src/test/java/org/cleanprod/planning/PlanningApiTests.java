package org.cleanprod.planning;

import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.test.BothDatabases;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cleanprod.test.TestUsers.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /api/v1/plans}: its JSON, its permissions and its problem details. */
@IntegrationTest
@BothDatabases
class PlanningApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanningService planning;

	@Autowired
	TestUsers users;

	@Autowired
	Plans plans;

	CurrentUser officer;

	CurrentUser enterprise;

	@BeforeEach
	void setUp() {
		this.officer = this.plans.officer();
		this.enterprise = this.users.enterprise(1L);
	}

	@Test
	void thePlanInForceOnADateComesWithItsTargets() throws Exception {
		this.mvc.perform(get("/api/v1/plans/active").param("date", "2019-05-01").with(as(this.enterprise)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code", is("KH-SXSH-2016-2020")))
			.andExpect(jsonPath("$.periodStartYear", is(2016)))
			.andExpect(jsonPath("$.periodEndYear", is(2020)))
			.andExpect(jsonPath("$.decisionNumber", is("1849/QĐ-UBND")))
			.andExpect(jsonPath("$.decisionDate", is("2016-07-19")))
			.andExpect(jsonPath("$.status", is("ISSUED")))
			.andExpect(jsonPath("$.nameEn", startsWith("Cleaner Production in Industry Plan")))
			.andExpect(jsonPath("$.targets[*].code", contains("AWARENESS", "APPLYING", "SAVINGS", "TRAINED")))
			.andExpect(jsonPath("$.targets[2].kind", is("SAVINGS_PER_UNIT")))
			.andExpect(jsonPath("$.targets[2].unit", is("%")))
			.andExpect(jsonPath("$.targets[2].band.min", is(8)))
			.andExpect(jsonPath("$.targets[2].band.max", is(13)))
			.andExpect(jsonPath("$.targets[2].targetYear", is(2020)))
			.andExpect(jsonPath("$.targets[0].band.min", is(90)))
			.andExpect(jsonPath("$.targets[0].band.max", nullValue()));
	}

	@Test
	void noPlanInForceIsAProblemDetail404() throws Exception {
		this.mvc.perform(get("/api/v1/plans/active").param("date", "2099-12-31").with(as(this.enterprise)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status", is(404)));
		this.mvc.perform(get("/api/v1/plans/active").param("date", "19/05/2019").with(as(this.enterprise)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void listsPlansPagedAndFiltered() throws Exception {
		long plan = this.plans.issued(2081, 2085);
		this.mvc.perform(get("/api/v1/plans").param("year", "2083").with(as(this.enterprise)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total", is(1)))
			.andExpect(jsonPath("$.items[0].id", is((int) plan)))
			.andExpect(jsonPath("$.items[0].phase", is("UPCOMING")))
			.andExpect(jsonPath("$.items[0].targetCount", is(0)))
			.andExpect(jsonPath("$.query.page", is(1)));
		this.mvc.perform(get("/api/v1/plans").param("q", "sach hon binh duong").with(as(this.enterprise)))
			.andExpect(jsonPath("$.items[*].code", hasItem("KH-SXSH-2016-2020")));
	}

	@Test
	void anOfficerCreatesAPlanAndATargetAndUpdatesThem() throws Exception {
		String code = Plans.newCode();
		String location = this.mvc
			.perform(post("/api/v1/plans").with(as(this.officer))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code":"%s","name":"Kế hoạch qua API","periodStartYear":2091,"periodEndYear":2095,
						 "status":"DRAFT"}
						""".formatted(code)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/plans/")))
			.andExpect(jsonPath("$.code", is(code)))
			.andExpect(jsonPath("$.phase", is("DRAFT")))
			.andExpect(jsonPath("$.version", is(0)))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		long id = Long.parseLong(location.substring("/api/v1/plans/".length()));
		this.mvc
			.perform(post(location + "/targets").with(as(this.officer))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code":"savings","name":"Tiết kiệm","kind":"SAVINGS_PER_UNIT","unit":"%",
						 "targetMin":8,"targetMax":13,"targetYear":2095}
						"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code", is("SAVINGS")))
			.andExpect(jsonPath("$.planId", is((int) id)))
			.andExpect(jsonPath("$.sortOrder", is(10)));
		this.mvc.perform(
				put(location).with(as(this.officer)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
						{"code":"%s","name":"Kế hoạch qua API","periodStartYear":2091,"periodEndYear":2095,
						 "status":"ISSUED","decisionNumber":"7/QĐ-UBND","decisionDate":"2091-01-15","version":0}
						""".formatted(code)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("ISSUED")))
			.andExpect(jsonPath("$.decisionDate", is("2091-01-15")))
			.andExpect(jsonPath("$.targets[0].code", is("SAVINGS")));
		this.mvc.perform(get("/api/v1/plans/active").param("date", "2093-01-01").with(as(this.enterprise)))
			.andExpect(jsonPath("$.id", is((int) id)));
	}

	@Test
	void invalidBodiesGetEveryFieldErrorInTheCallersLanguage() throws Exception {
		long plan = this.plans.issued(2081, 2085);
		this.mvc
			.perform(post("/api/v1/plans/" + plan + "/targets").with(as(this.officer))
				.with(csrf())
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code":"X","name":"x","kind":"OTHER","unit":"%","targetMin":5,"targetMax":2,"targetYear":2099}
						"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("targetMax")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("targetYear")))
			.andExpect(jsonPath("$.errors[*].message",
					hasItem("The maximum must be greater than or equal to the minimum.")));
		this.mvc
			.perform(post("/api/v1/plans").with(as(this.officer))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"\",\"name\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("periodStartYear")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("status")));
	}

	@Test
	void aStaleUpdateIsA409AndADeleteNeedsTheCurrentVersion() throws Exception {
		long plan = this.plans.issued(2081, 2085);
		long target = this.plans.savings(plan);
		this.mvc
			.perform(put("/api/v1/plans/" + plan + "/targets/" + target).with(as(this.officer))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code":"SAVINGS","name":"Tiết kiệm","kind":"SAVINGS_PER_UNIT","unit":"%",
						 "targetMin":8,"targetMax":13,"targetYear":2085,"version":5}
						"""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", startsWith("Bản ghi đã được người khác thay đổi")));
		this.mvc
			.perform(delete("/api/v1/plans/" + plan + "/targets/" + target).param("version", "0")
				.with(as(this.officer))
				.with(csrf()))
			.andExpect(status().isNoContent());
		assertThat(this.planning.target(plan, "SAVINGS")).isEmpty();
		this.mvc.perform(get("/api/v1/plans/" + plan + "/targets/" + target).with(as(this.officer)))
			.andExpect(status().isNotFound());
	}

	@Test
	void anEnterpriseUserReadsButMayNotChangePlans() throws Exception {
		long plan = this.plans.issued(2081, 2085);
		long target = this.plans.savings(plan);
		this.mvc.perform(get("/api/v1/plans/" + plan).with(as(this.enterprise)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.targets[0].id", is((int) target)));
		this.mvc
			.perform(post("/api/v1/plans").with(as(this.enterprise))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code":"%s","name":"Kế hoạch của doanh nghiệp","periodStartYear":2091,"periodEndYear":2095,
						 "status":"DRAFT"}
						""".formatted(Plans.newCode())))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.status", is(403)));
		this.mvc
			.perform(delete("/api/v1/plans/" + plan + "/targets/" + target).param("version", "0")
				.with(as(this.enterprise))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.planning.target(plan, "SAVINGS")).isPresent();
	}

	@Test
	void theApiDescriptionIsPublished() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/plans'].get.summary").exists())
			.andExpect(jsonPath("$.paths['/api/v1/plans'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/plans/active'].get.summary").exists())
			.andExpect(jsonPath("$.paths['/api/v1/plans/{id}'].put").exists());
	}

	@Test
	void anonymousCallersGetA401() throws Exception {
		this.mvc.perform(get("/api/v1/plans")).andExpect(status().isUnauthorized());
	}

}
