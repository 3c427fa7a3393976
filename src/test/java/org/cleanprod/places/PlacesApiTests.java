package org.cleanprod.places;

import org.cleanprod.places.unit.Share;
import org.cleanprod.resources.ReferenceFixtures;
import org.cleanprod.resources.Resources;
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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@BothDatabases
class PlacesApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Resources reference;

	@Autowired
	ReferenceFixtures fixtures;

	CurrentUser officer;

	long province;

	long district;

	long oldWard;

	long newWard;

	long board;

	long zone;

	@BeforeEach
	void createTheirOwnMap() {
		this.officer = this.users.officer();
		this.province = this.fixtures.province("Tỉnh Giao Diện");
		this.district = this.fixtures.district("Huyện Giao Diện", this.province);
		this.oldWard = this.fixtures.oldCommune("Xã Cũ Giao Diện", this.district);
		this.newWard = this.fixtures.newCommune("Phường Mới Giao Diện", this.province);
		this.fixtures.succession(this.oldWard, this.newWard, Share.PART);
		this.board = this.fixtures.board("Ban Giao Diện");
		this.zone = this.fixtures.zone("KCN Giao Diện", this.board);
	}

	@Test
	void listsUnitsFilteredAndPaged() throws Exception {
		this.mvc
			.perform(get("/api/v1/units").param("q", "giao dien")
				.param("level", "COMMUNE")
				.param("validOn", "2025-07-01")
				.with(TestUsers.as(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.total", is(1)))
			.andExpect(jsonPath("$.items[0].id", is((int) this.newWard)))
			.andExpect(jsonPath("$.items[0].name", is("Phường Mới Giao Diện")))
			.andExpect(jsonPath("$.items[0].level", is("COMMUNE")))
			.andExpect(jsonPath("$.items[0].parentId", is((int) this.province)))
			.andExpect(jsonPath("$.items[0].validFrom", is("2025-07-01")))
			.andExpect(jsonPath("$.query.page", is(1)));
		this.mvc
			.perform(get("/api/v1/units").param("parentId", String.valueOf(this.province))
				.param("period", "OLD")
				.with(TestUsers.as(this.officer)))
			.andExpect(jsonPath("$.items[*].name", contains("Huyện Giao Diện")));
	}

	@Test
	void searchWithoutAccentsFindsThuDauMot() throws Exception {
		this.mvc
			.perform(get("/api/v1/units").param("q", "thu dau mot")
				.param("validOn", "2025-07-01")
				.with(TestUsers.as(this.officer)))
			.andExpect(jsonPath("$.items[*].name", hasItem("Phường Thủ Dầu Một")));
	}

	@Test
	void givesAUnitWithItsParentChildrenAndSuccessionsWithShare() throws Exception {
		this.mvc.perform(get("/api/v1/units/" + this.oldWard).with(TestUsers.as(this.officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id", is((int) this.oldWard)))
			.andExpect(jsonPath("$.parent.id", is((int) this.district)))
			.andExpect(jsonPath("$.validTo", is("2025-06-30")))
			.andExpect(jsonPath("$.successors", hasSize(1)))
			.andExpect(jsonPath("$.successors[0].unit.id", is((int) this.newWard)))
			.andExpect(jsonPath("$.successors[0].share", is("PART")))
			.andExpect(jsonPath("$.successors[0].effectiveDate", is("2025-07-01")))
			.andExpect(jsonPath("$.reportingUnits[*].id",
					containsInAnyOrder((int) this.oldWard, (int) this.district, (int) this.province,
							(int) this.newWard)))
			.andExpect(jsonPath("$.sources[0].id", is("S-BD7")))
			.andExpect(jsonPath("$.confidence", nullValue()));
		this.mvc.perform(get("/api/v1/units/" + this.district).with(TestUsers.as(this.officer)))
			.andExpect(jsonPath("$.children[*].id", contains((int) this.oldWard)));
		this.mvc.perform(get("/api/v1/units/" + this.newWard).with(TestUsers.as(this.officer)))
			.andExpect(jsonPath("$.predecessors[0].unit.id", is((int) this.oldWard)))
			.andExpect(jsonPath("$.predecessors[0].share", is("PART")));
	}

	@Test
	void administratorsAlsoGetConfidenceAndNotes() throws Exception {
		this.mvc.perform(get("/api/v1/units/" + this.oldWard).with(TestUsers.as(this.users.admin())))
			.andExpect(jsonPath("$.confidence", is("secondary (test)")))
			.andExpect(jsonPath("$.note", is("Test note")));
	}

	@Test
	void unknownRecordsAreProblemDetailsWithNotFound() throws Exception {
		for (String url : new String[] { "/api/v1/units/0", "/api/v1/zones/0" }) {
			this.mvc.perform(get(url).with(TestUsers.as(this.officer)))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status", is(404)))
				.andExpect(jsonPath("$.title", is("Không tìm thấy")));
		}
	}

	@Test
	void listsAndGivesZonesWithTheirBoard() throws Exception {
		this.mvc
			.perform(get("/api/v1/zones").param("boardId", String.valueOf(this.board)).with(TestUsers.as(this.officer)))
			.andExpect(jsonPath("$.total", is(1)))
			.andExpect(jsonPath("$.items[0].name", is("KCN Giao Diện")))
			.andExpect(jsonPath("$.items[0].boardName", is("Ban Giao Diện")))
			.andExpect(jsonPath("$.items[0].kind", is("ZONE")));
		this.mvc.perform(get("/api/v1/zones/" + this.zone).with(TestUsers.as(this.officer)))
			.andExpect(jsonPath("$.board.id", is((int) this.board)))
			.andExpect(jsonPath("$.areaHa", is(123.5)))
			.andExpect(jsonPath("$.sources[0].id", is("S-IZ1")));
	}

	@Test
	void listsAgenciesAndSectors() throws Exception {
		this.mvc.perform(get("/api/v1/agencies").param("kind", "ZONE_BOARD").with(TestUsers.as(this.officer)))
			.andExpect(jsonPath("$[*].code", hasItem("BQLVSIP")))
			.andExpect(jsonPath("$[?(@.id == " + this.board + ")].zones[0].name", contains("KCN Giao Diện")));
		this.mvc.perform(get("/api/v1/sectors").with(TestUsers.as(this.officer)))
			.andExpect(jsonPath("$", hasSize(21 + 24)))
			.andExpect(jsonPath("$[?(@.code == '10')].sectionCode", contains("C")))
			.andExpect(jsonPath("$[?(@.code == 'C')].level", contains("SECTION")));
	}

	@Test
	void callersWhoAreNotSignedInGetUnauthorized() throws Exception {
		this.mvc.perform(get("/api/v1/units")).andExpect(status().isUnauthorized());
	}

}
