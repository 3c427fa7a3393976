package org.cleanprod.consumption;

import org.cleanprod.places.Places;
import java.math.BigDecimal;
import java.time.YearMonth;

import org.cleanprod.facility.FacilityFixtures;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.units.MeasureUnit;
import org.cleanprod.test.BothDatabases;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.cleanprod.test.TestUsers.as;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The records API: reading a facility's records and saving single values. */
@IntegrationTest
@BothDatabases
class ConsumptionApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	FacilityService facilities;

	@Autowired
	ConsumptionService consumption;

	@Autowired
	Places reference;

	@Autowired
	TestUsers users;

	CurrentUser officer;

	long mill;

	long product;

	@BeforeEach
	void setUp() {
		this.officer = this.users.officer();
		this.mill = FacilityFixtures.facility(this.facilities, this.reference, this.officer, "Nhà máy Dệt Api", "13");
		this.product = this.consumption.addProduct(this.mill, "Vải mộc", MeasureUnit.METRE, true, this.officer);
	}

	@Test
	void readsTheRecordsOfAMonthRangeWithUnitsSourcesAndAuthors() throws Exception {
		this.consumption.saveConsumption(this.mill, "ELECTRICITY", YearMonth.of(2024, 1), new BigDecimal("1234.5"),
				MeasureUnit.KWH, RecordSource.ENTERED, this.officer);
		this.consumption.saveConsumption(this.mill, "ELECTRICITY", YearMonth.of(2023, 12), new BigDecimal("1000"),
				MeasureUnit.KWH, RecordSource.ENTERED, this.officer);
		this.consumption.saveConsumption(this.mill, "DO", YearMonth.of(2024, 2), new BigDecimal("2"), MeasureUnit.TONNE,
				RecordSource.ESTIMATED, this.officer);
		this.consumption.saveProduction(this.mill, this.product, YearMonth.of(2024, 1), new BigDecimal("5000"),
				RecordSource.ENTERED, this.officer);
		this.consumption.saveAnnual(this.mill, "WATER", 2024, new BigDecimal("12000"), MeasureUnit.CUBIC_METRE,
				RecordSource.ENTERED, this.officer);
		this.mvc
			.perform(get("/api/v1/facilities/" + this.mill + "/records").param("from", "2024-01")
				.param("to", "2024-12")
				.with(as(this.officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.facilityId", is((int) this.mill)))
			.andExpect(jsonPath("$.facilityCode", startsWith("CS-")))
			.andExpect(jsonPath("$.from", is("2024-01")))
			.andExpect(jsonPath("$.consumption", hasSize(2)))
			.andExpect(jsonPath("$.consumption[0].resource", is("DO")))
			.andExpect(jsonPath("$.consumption[0].source", is("ESTIMATED")))
			.andExpect(jsonPath("$.consumption[0].unit", is("t")))
			.andExpect(jsonPath("$.consumption[0].unitName", is("tấn")))
			.andExpect(jsonPath("$.consumption[1].resource", is("ELECTRICITY")))
			.andExpect(jsonPath("$.consumption[1].resourceName", is("Điện năng")))
			.andExpect(jsonPath("$.consumption[1].month", is("2024-01")))
			.andExpect(jsonPath("$.consumption[1].quantity", is(1234.5)))
			.andExpect(jsonPath("$.consumption[1].unit", is("kWh")))
			.andExpect(jsonPath("$.consumption[1].updatedBy", is(this.officer.getUsername())))
			.andExpect(jsonPath("$.consumption[1].updatedAt", startsWith(String.valueOf(YearMonth.now().getYear()))))
			.andExpect(jsonPath("$.production[0].productId", is((int) this.product)))
			.andExpect(jsonPath("$.production[0].productName", is("Vải mộc")))
			.andExpect(jsonPath("$.production[0].quantity", is(5000)))
			.andExpect(jsonPath("$.production[0].unit", is("m")))
			.andExpect(jsonPath("$.annual[0].resource", is("WATER")))
			.andExpect(jsonPath("$.annual[0].year", is(2024)))
			.andExpect(jsonPath("$.annual[0].monthlyRecordsExist", is(false)));
		this.mvc
			.perform(get("/api/v1/facilities/" + this.mill + "/records").param("from", "2023-12")
				.param("to", "2023-12")
				.header("Accept-Language", "en")
				.with(as(this.officer)))
			.andExpect(jsonPath("$.consumption", hasSize(1)))
			.andExpect(jsonPath("$.consumption[0].resourceName", is("Electricity")))
			.andExpect(jsonPath("$.production", hasSize(0)));
	}

	@Test
	void savesSingleValuesAndSaysWhatEachSaveDid() throws Exception {
		String electricity = "/api/v1/facilities/" + this.mill + "/records/consumption/ELECTRICITY/2024-03";
		save(electricity, "{\"quantity\": 1234.5, \"unit\": \"kWh\", \"source\": \"ENTERED\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome", is("INSERT")));
		save(electricity, "{\"quantity\": 1234.50, \"unit\": \"kWh\"}")
			.andExpect(jsonPath("$.outcome", is("UNCHANGED")));
		save(electricity, "{\"quantity\": 1.5, \"unit\": \"MWh\"}").andExpect(jsonPath("$.outcome", is("UPDATE")));
		save(electricity, "{\"quantity\": null}").andExpect(jsonPath("$.outcome", is("DELETED")));
		save(electricity, "{\"quantity\": null}").andExpect(jsonPath("$.outcome", is("UNCHANGED")));
		save("/api/v1/facilities/" + this.mill + "/records/production/" + this.product + "/2024-03",
				"{\"quantity\": 800}")
			.andExpect(jsonPath("$.outcome", is("INSERT")));
		save("/api/v1/facilities/" + this.mill + "/records/annual/WATER/2023",
				"{\"quantity\": 900, \"unit\": \"m3\", \"source\": \"ESTIMATED\"}")
			.andExpect(jsonPath("$.outcome", is("INSERT")));
		assertThat(this.consumption.history(this.mill, RecordType.CONSUMPTION, "ELECTRICITY", "2024-03", this.officer))
			.extracting(version -> version.quantity().stripTrailingZeros().toPlainString(), ValueVersion::deleted)
			.containsExactly(tuple("1.5", true), tuple("1234.5", false));
		assertThat(this.consumption.history(this.mill, RecordType.ANNUAL, "WATER", "2023", this.officer))
			.extracting(ValueVersion::isCurrent)
			.containsExactly(true);
	}

	@Test
	void invalidValuesAnswer400NamingTheirField() throws Exception {
		String base = "/api/v1/facilities/" + this.mill + "/records/";
		expectFieldError(save(base + "consumption/ELECTRICITY/2024-03", "{\"quantity\": -1, \"unit\": \"kWh\"}"),
				"quantity");
		expectFieldError(save(base + "consumption/ELECTRICITY/2024-03", "{\"quantity\": 1, \"unit\": \"parsec\"}"),
				"unit");
		expectFieldError(save(base + "consumption/ELECTRICITY/2024-03", "{\"quantity\": 1, \"unit\": \"t\"}"), "unit");
		expectFieldError(save(base + "consumption/ELECTRICITY/2024-13", "{\"quantity\": 1, \"unit\": \"kWh\"}"),
				"month");
		String future = YearMonth.now(Formats.ZONE).plusMonths(2).toString();
		expectFieldError(save(base + "consumption/ELECTRICITY/" + future, "{\"quantity\": 1, \"unit\": \"kWh\"}"),
				"month");
		save(base + "consumption/URANIUM/2024-03", "{\"quantity\": 1, \"unit\": \"kWh\"}")
			.andExpect(status().isNotFound());
		expectFieldError(save(base + "consumption/ELECTRICITY/2024-03", "{\"quantity\": 1, \"source\": \"GUESSED\"}"),
				"source");
		expectFieldError(save(base + "production/" + this.product + "/2024-03", "{\"quantity\": 1, \"unit\": \"t\"}"),
				"unit");
		expectFieldError(this.mvc.perform(get("/api/v1/facilities/" + this.mill + "/records").param("from", "2024-05")
			.param("to", "2024-01")
			.with(as(this.officer))), "from");
		expectFieldError(this.mvc
			.perform(get("/api/v1/facilities/" + this.mill + "/records").param("from", "2024").with(as(this.officer))),
				"from");
	}

	@Test
	void aFacilityOutsideTheScopeIsNotFound() throws Exception {
		long other = FacilityFixtures.facility(this.facilities, this.reference, this.officer, "Nhà máy Khác Api", "13");
		CurrentUser owner = this.users.enterprise(this.facilities.require(other, this.officer, false).enterpriseId());
		this.mvc.perform(get("/api/v1/facilities/" + this.mill + "/records").with(as(owner)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status", is(404)));
		this.mvc
			.perform(put("/api/v1/facilities/" + this.mill + "/records/consumption/ELECTRICITY/2024-03").with(as(owner))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"quantity\": 1, \"unit\": \"kWh\"}"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(put("/api/v1/facilities/" + this.mill + "/records/production/" + this.product + "/2024-03")
				.with(as(owner))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"quantity\": 1}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/facilities/" + other + "/records").with(as(owner))).andExpect(status().isOk());
	}

	@Test
	void readingNeedsFacilityReadAndWritingNeedsConsumptionEdit() throws Exception {
		this.mvc.perform(get("/api/v1/facilities/" + this.mill + "/records").with(as(this.users.agency(1))))
			.andExpect(status().isForbidden());
		CurrentUser consultant = this.users.consultant();
		this.mvc
			.perform(put("/api/v1/facilities/" + this.mill + "/records/consumption/ELECTRICITY/2024-03")
				.with(as(consultant))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"quantity\": 1, \"unit\": \"kWh\"}"))
			.andExpect(status().isForbidden());
	}

	private ResultActions save(String url, String body) throws Exception {
		return this.mvc.perform(
				put(url).with(as(this.officer)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private static void expectFieldError(ResultActions result, String field) throws Exception {
		result.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
	}

}
