package org.cleanprod.performance;

import org.cleanprod.places.Places;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;

import org.cleanprod.consumption.ConsumptionService;
import org.cleanprod.consumption.RecordSource;
import org.cleanprod.facility.FacilityFixtures;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.units.MeasureUnit;
import org.cleanprod.test.BothDatabases;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cleanprod.test.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator recomputes every indicator from the resources page and follows the
 * job's progress; no one else may, nor read another's job.
 */
@IntegrationTest
@BothDatabases
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class RecomputePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConsumptionService consumption;

	@Autowired
	FacilityService facilities;

	@Autowired
	Places reference;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	CurrentUser admin;

	long mill;

	@BeforeEach
	void setUp() {
		this.admin = this.users.admin();
		this.mill = FacilityFixtures.facility(this.facilities, this.reference, this.users.officer(), "Nhà máy Tính Lại",
				"13");
		this.consumption.saveConsumption(this.mill, "ELECTRICITY", YearMonth.of(2021, 1), new BigDecimal("1000"),
				MeasureUnit.KWH, RecordSource.ENTERED, this.users.officer());
	}

	@Test
	void anAdministratorRecomputesEveryIndicatorAndFollowsTheJob() throws Exception {
		this.mvc.perform(get("/reference/resources").with(as(this.admin)))
			.andExpect(content().string(containsString("href=\"/performance/recompute\"")));
		this.jdbc.sql("DELETE FROM indicator_monthly WHERE facility_id = :id").param("id", this.mill).update();
		String location = this.mvc.perform(post("/performance/recompute").with(as(this.admin)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/performance/recompute?job=");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.mvc.perform(get(location).with(as(this.admin)))
				.andReturn()
				.getResponse()
				.getContentAsString()
				.contains("alert-success"));
		this.mvc.perform(get(location).with(as(this.admin)))
			.andExpect(content().string(containsString("id=\"recompute-start\"")));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM indicator_monthly WHERE facility_id = :id")
			.param("id", this.mill)
			.query(Long.class)
			.single()).isOne();
		CurrentUser otherAdmin = this.users.admin();
		this.mvc.perform(get(location).with(as(otherAdmin))).andExpect(status().isNotFound());
	}

	@Test
	void aSecondRecomputationIsRefusedWhileOneRuns() throws Exception {
		String running = UUID.randomUUID().toString();
		CurrentUser starter = this.users.admin();
		this.jdbc.sql("""
				INSERT INTO import_job (id, kind, owner_id, file_name, mode, status, created_at, heartbeat_at)
				VALUES (:id, 'recompute', :owner, 'indicators', 'COMMIT', 'RUNNING', :now, :now)
				""")
			.param("id", running)
			.param("owner", starter.id())
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		try {
			this.mvc.perform(post("/performance/recompute").with(as(this.admin)).with(csrf()))
				.andExpect(redirectedUrl("/performance/recompute"))
				.andExpect(flash().attributeExists("flash"));
			this.mvc.perform(post("/performance/recompute").with(as(starter)).with(csrf()))
				.andExpect(redirectedUrl("/performance/recompute?job=" + running));
			this.mvc.perform(post("/api/v1/indicators/recompute").with(as(this.admin)).with(csrf()))
				.andExpect(status().isConflict());
			assertThat(this.jdbc.sql("SELECT COUNT(*) FROM import_job WHERE kind = 'recompute' AND status = 'RUNNING'")
				.query(Long.class)
				.single()).as("nothing else started").isOne();
		}
		finally {
			this.jdbc.sql("DELETE FROM import_job WHERE id = :id").param("id", running).update();
		}
	}

	@Test
	void officersWithoutReferenceRightsCannotRecompute() throws Exception {
		CurrentUser officer = this.users.officer();
		this.mvc.perform(post("/performance/recompute").with(as(officer)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/performance/recompute").with(as(officer))).andExpect(status().isForbidden());
		this.mvc.perform(get("/reference/resources").with(as(officer)))
			.andExpect(content().string(not(containsString("/performance/recompute"))));
	}

}
