package org.cleanprod.performance;

import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.test.BothDatabases;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.cleanprod.test.TestUsers.as;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@BothDatabases
class CalculatorApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	CurrentUser consultant;

	@BeforeEach
	void setUp() {
		this.consultant = this.users.consultant();
	}

	@Test
	void convertsLinesAndTotalsWithTheYearsFactors() throws Exception {
		this.mvc
			.perform(post("/api/v1/calculators/energy-conversion").with(as(this.consultant))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"year": 2020, "lines": [
						  {"resource": "ELECTRICITY", "quantity": 1000, "unit": "kWh"},
						  {"resource": "DO", "quantity": 1, "unit": "tấn"},
						  {"resource": "WOOD", "quantity": 1, "unit": "t"}]}
						"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lines[0].gj", closeTo(3.6, 1e-12)))
			.andExpect(jsonPath("$.lines[0].toe", closeTo(0.1543, 1e-12)))
			.andExpect(jsonPath("$.lines[0].tco2", closeTo(0.8041, 1e-12)))
			.andExpect(jsonPath("$.lines[1].toe", closeTo(1.02, 1e-12)))
			.andExpect(jsonPath("$.lines[2].biogenic", is(true)))
			.andExpect(jsonPath("$.tco2", closeTo(0.8041 + 3.1863, 1e-9)))
			.andExpect(jsonPath("$.tco2Biogenic", closeTo(15.6 * 0.112, 1e-9)))
			.andExpect(jsonPath("$.toe", closeTo(0.1543 + 1.02 + 15.6 / 41.868, 1e-9)));
	}

	@Test
	void anUnknownResourceOrUnitIsA400ForItsLine() throws Exception {
		this.mvc.perform(post("/api/v1/calculators/energy-conversion").with(as(this.consultant))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\": 2020, \"lines\": [{\"resource\": \"PLUTONIUM\", \"quantity\": 1, \"unit\": \"kg\"},"
					+ "{\"resource\": \"DO\", \"quantity\": 1, \"unit\": \"gallon\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("lines[0].resource")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("lines[1].unit")));
	}

	@Test
	void normalisedSavingsGiveTheModelAndTheSavings() throws Exception {
		StringBuilder baseline = new StringBuilder();
		StringBuilder reporting = new StringBuilder();
		for (int month = 1; month <= 12; month++) {
			double production = 100 + 10 * month;
			baseline.append(month > 1 ? "," : "")
				.append("{\"month\": \"2019-%02d\", \"energy\": %s, \"predictors\": {\"production\": %s}}"
					.formatted(month, 500 + 2 * production, production));
			reporting.append(month > 1 ? "," : "")
				.append("{\"month\": \"2020-%02d\", \"energy\": %s, \"predictors\": {\"production\": %s}}"
					.formatted(month, 0.9 * (500 + 2 * production), production));
		}
		this.mvc
			.perform(post("/api/v1/calculators/normalised-savings").with(as(this.consultant))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"baseline\": [" + baseline + "], \"reporting\": [" + reporting + "]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.model.intercept", closeTo(500, 1e-6)))
			.andExpect(jsonPath("$.model.coefficients.production", closeTo(2, 1e-9)))
			.andExpect(jsonPath("$.model.r2", closeTo(1, 1e-12)))
			.andExpect(jsonPath("$.model.valid", is(true)))
			.andExpect(jsonPath("$.savingsPercent", closeTo(10, 1e-6)));
	}

	@Test
	void aMonthWithoutItsPredictorIsA400() throws Exception {
		this.mvc
			.perform(post("/api/v1/calculators/normalised-savings").with(as(this.consultant))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"baseline": [{"month": "2019-01", "energy": 10, "predictors": {"production": 1}}],
						 "reporting": [{"month": "2020-01", "energy": 10, "predictors": {}}]}
						"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("reporting")));
	}

	@Test
	void aDegenerateModelIsInvalidWithoutNaN() throws Exception {
		this.mvc
			.perform(post("/api/v1/calculators/normalised-savings").with(as(this.consultant))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"baseline": [{"month": "2019-01", "energy": 10, "predictors": {"production": 1}}],
						 "reporting": [{"month": "2020-01", "energy": 10, "predictors": {"production": 1}}]}
						"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.model.valid", is(false)))
			.andExpect(jsonPath("$.model.r2", nullValue()));
	}

}
