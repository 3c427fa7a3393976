package org.cleanprod.facility;

import org.cleanprod.facility.web.FacilityForm;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.cleanprod.places.Places;
import org.cleanprod.places.UnitLevel;
import org.cleanprod.places.UnitView;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.web.InvalidFormException;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cleanprod.test.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Facilities are placed on today's administrative units: the units that ended with the
 * 2025 reorganisation remain for history and filters, and a facility still on one moves
 * to a successor when next saved.
 */
@IntegrationTest
class FacilityUnitsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	FacilityService service;

	@Autowired
	Places reference;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	EntityManager entityManager;

	@Autowired
	Facilities facilities;

	CurrentUser officer;

	CurrentUser district;

	UnitView oldWard;

	@BeforeEach
	void setUp() {
		this.officer = this.facilities.registrar();
		this.district = this.users.district(Set.of(this.facilities.district("718").id()));
		this.oldWard = this.reference.units()
			.stream()
			.filter(unit -> unit.level() == UnitLevel.COMMUNE && unit.name().equals("Phường Phú Cường"))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void anOfficerOfAnOldDistrictPicksTodaysUnitsThatSucceededItsWards() throws Exception {
		this.mvc.perform(get("/facilities/new").with(as(this.district)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Phường Thủ Dầu Một")))
			.andExpect(content().string(not(containsString(">Phường Phú Cường"))))
			.andExpect(content().string(not(containsString("Phường Dĩ An"))));
	}

	@Test
	void savingAFacilityOnAUnitThatEndedIsRefusedNamingItsSuccessors() {
		long enterprise = this.facilities.enterprise("Công ty TNHH Phường Cũ");
		FacilityForm form = this.facilities.form(enterprise, "Xưởng phường cũ", "Phường Phú Cường", "13");
		FacilityForm onOldWard = new FacilityForm(form.enterpriseId(), form.name(), form.address(), this.oldWard.id(),
				null, form.sectorCode(), null, null, true, FacilityStatus.ACTIVE, null, List.of(), null);
		assertThatThrownBy(() -> this.service.register(onOldWard, this.officer))
			.isInstanceOf(InvalidFormException.class)
			.satisfies(ex -> assertThat(((InvalidFormException) ex).problems().get("unitId").arguments())
				.contains("Phường Phú Cường", "30/06/2025")
				.anySatisfy(successors -> assertThat(successors.toString()).contains("Phường Thủ Dầu Một")));
	}

	@Test
	void theEditFormOfAFacilityStillOnAnEndedUnitSaysWhereToMoveIt() throws Exception {
		long id = this.facilities.textileMill("Phường Phú Cường");
		this.jdbc.sql("UPDATE facility SET unit_id = :unit WHERE id = :id")
			.param("unit", this.oldWard.id())
			.param("id", id)
			.update();
		this.entityManager.clear();
		this.mvc.perform(get("/facilities/" + id + "/edit").with(as(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"unit-ended\"")))
			.andExpect(content().string(containsString("Phường Thủ Dầu Một")));
	}

}
