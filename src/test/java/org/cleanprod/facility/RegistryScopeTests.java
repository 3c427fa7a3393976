package org.cleanprod.facility;

import org.cleanprod.facility.web.FacilityForm;
import java.util.Set;

import org.cleanprod.places.Places;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cleanprod.test.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The scope holes found by trying the registry as an attacker would: a district or zone
 * officer pointing a facility at an enterprise outside the scope, then reading and
 * editing it; enterprise names, tax codes, facility counts and other users' names leaking
 * through forms, answers and histories.
 */
@IntegrationTest
class RegistryScopeTests {

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
	Facilities facilities;

	CurrentUser officer;

	CurrentUser district;

	/** A facility of the district officer's (Thủ Dầu Một). */
	long own;

	/** An enterprise whose only facility lies in Dĩ An, outside the district. */
	long foreignEnterprise;

	@BeforeEach
	void setUp() {
		this.officer = this.facilities.registrar();
		this.district = this.users.district(Set.of(this.facilities.district("718").id()));
		this.own = this.facilities.textileMill("Phường Phú Cường");
		this.foreignEnterprise = this.facilities.enterprise("Công ty TNHH Hóa Chất Ngoài Vùng");
		this.facilities.facility(this.foreignEnterprise, "Nhà máy hóa chất", "Phường Dĩ An", "20");
	}

	@Test
	void aDistrictOfficerCannotPointItsFacilityAtAnEnterpriseOutsideTheDistrict() throws Exception {
		FacilityForm form = this.service.form(this.own, this.district);
		String body = json(form, this.foreignEnterprise);
		ResultActions answer = this.mvc
			.perform(put("/api/v1/facilities/" + this.own).with(as(this.district))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("enterpriseId")));
		String foreignAnswer = answer.andReturn().getResponse().getContentAsString();
		String unknownAnswer = this.mvc
			.perform(put("/api/v1/facilities/" + this.own).with(as(this.district))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(form, 987_654_321L)))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(foreignAnswer).as("the same answer as for an enterprise that does not exist")
			.isEqualTo(unknownAnswer);
		assertThat(this.service.details(this.own, this.officer, false).enterprise().id())
			.isNotEqualTo(this.foreignEnterprise);
		this.mvc.perform(get("/api/v1/enterprises/" + this.foreignEnterprise).with(as(this.district)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/enterprises/" + this.foreignEnterprise + "/edit").with(as(this.district))
				.with(csrf())
				.param("taxCode", "0000000000")
				.param("name", "Đã bị chiếm")
				.param("ownership", "PRIVATE"))
			.andExpect(status().isForbidden());
		assertThat(this.service.enterprise(this.foreignEnterprise, this.officer).name())
			.isEqualTo("Công ty TNHH Hóa Chất Ngoài Vùng");
	}

	@Test
	void aZoneOfficerCannotRegisterAFacilityForAnEnterpriseOutsideItsZones() throws Exception {
		long board = this.reference.agencyByCode("BQLVSIP").orElseThrow().id();
		long zone = this.reference.zonesOfBoard(board).iterator().next();
		CurrentUser zoneOfficer = this.users.zone(board);
		long count = facilityCount();
		FacilityForm form = this.facilities.form(this.foreignEnterprise, "Xưởng chiếm quyền", "Phường Bình Hòa", "20");
		FacilityForm inZone = new FacilityForm(form.enterpriseId(), form.name(), form.address(), form.unitId(), zone,
				form.sectorCode(), null, null, false, FacilityStatus.ACTIVE, null, java.util.List.of(), null);
		this.mvc
			.perform(post("/api/v1/facilities").with(as(zoneOfficer))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(inZone, this.foreignEnterprise)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("enterpriseId")));
		assertThat(facilityCount()).isEqualTo(count);
	}

	@Test
	void onlyProvinceWideRolesMoveAFacilityToAnotherEnterpriseEvenOneTheOfficerSees() throws Exception {
		long enterprise = this.facilities.enterprise("Công ty TNHH Gỗ Của Doanh Nghiệp");
		this.facilities.facility(enterprise, "Xưởng gỗ", "Phường Phú Cường", "16");
		CurrentUser enterpriseUser = this.users.enterprise(enterprise);
		FacilityForm form = this.service.form(this.own, this.district);
		this.mvc
			.perform(put("/api/v1/facilities/" + this.own).with(as(this.district))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(form, enterprise)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("enterpriseId")));
		this.mvc.perform(get("/api/v1/facilities").with(as(enterpriseUser)))
			.andExpect(jsonPath("$.total", is(1)))
			.andExpect(jsonPath("$.items[0].name", is("Xưởng gỗ")));
		this.mvc
			.perform(put("/api/v1/facilities/" + this.own).with(as(this.officer))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(form, enterprise)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enterprise.id", is((int) enterprise)));
	}

	@Test
	void theRegistrationFormNamesNoEnterpriseOutsideTheScope() throws Exception {
		this.mvc
			.perform(get("/facilities/new").param("enterpriseId", String.valueOf(this.foreignEnterprise))
				.with(as(this.district)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/facilities/new").with(as(this.district)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Hóa Chất Ngoài Vùng"))));
	}

	@Test
	void scopedOfficersCannotRegisterEnterprisesSoATaxCodeTellsThemNothing() throws Exception {
		String taxCode = this.service.enterprise(this.foreignEnterprise, this.officer).taxCode();
		long enterprises = this.jdbc.sql("SELECT COUNT(*) FROM enterprise").query(Long.class).single();
		for (String code : new String[] { taxCode, Facilities.newTaxCode() }) {
			this.mvc
				.perform(post("/api/v1/enterprises").with(as(this.district))
					.with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"taxCode\": \"" + code + "\", \"name\": \"Công ty thử\", \"ownership\": \"PRIVATE\"}"))
				.andExpect(status().isForbidden());
		}
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM enterprise").query(Long.class).single()).isEqualTo(enterprises);
	}

	@Test
	void anEnterpriseCountsOnlyTheFacilitiesTheOfficerSees() throws Exception {
		this.facilities.facility(this.foreignEnterprise, "Kho hóa chất", "Phường Phú Cường", "20");
		this.mvc.perform(get("/api/v1/enterprises/" + this.foreignEnterprise).with(as(this.district)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.facilities", is(1)));
		this.mvc.perform(get("/api/v1/enterprises/" + this.foreignEnterprise).with(as(this.officer)))
			.andExpect(jsonPath("$.facilities", is(2)));
	}

	@Test
	void historiesShowOtherUsersNamesAndAddressesOnlyToProvinceWideRolesAndAuditors() throws Exception {
		long enterprise = this.service.details(this.own, this.officer, false).enterprise().id();
		CurrentUser enterpriseUser = this.users.enterprise(enterprise);
		this.mvc.perform(get("/facilities/" + this.own + "/history").with(as(enterpriseUser)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(this.officer.getUsername()))))
			.andExpect(content().string(not(containsString("127.0.0.1"))))
			.andExpect(content().string(containsString("Người dùng khác")));
		this.mvc.perform(get("/facilities/" + this.own + "/history").with(as(this.officer)))
			.andExpect(content().string(containsString(this.officer.getUsername())));
	}

	private long facilityCount() {
		return this.jdbc.sql("SELECT COUNT(*) FROM facility").query(Long.class).single();
	}

	private static String json(FacilityForm form, long enterpriseId) {
		return """
				{"enterpriseId": %d, "name": "%s", "unitId": %d, "zoneId": %s, "sectorCode": "%s",
				 "status": "ACTIVE", "version": %s}""".formatted(enterpriseId, form.name(), form.unitId(),
				form.zoneId(), form.sectorCode(), form.version());
	}

}
