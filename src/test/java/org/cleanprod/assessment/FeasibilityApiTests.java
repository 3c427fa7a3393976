package org.cleanprod.assessment;

import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.cleanprod.test.TestUsers.as;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The feasibility calculator over HTTP; the numbers themselves are checked by
 * {@code FeasibilityTests}.
 */
@IntegrationTest
class FeasibilityApiTests {

	private static final String PATH = "/api/v1/calculators/feasibility";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	CurrentUser enterprise;

	@BeforeEach
	void setUp() {
		this.enterprise = this.users.enterprise(1);
	}

	@Test
	void anyoneSignedInGetsTheFeasibilityOfAnOption() throws Exception {
		// Known answers from
		// FeasibilityTests.aFiveHundredMillionDongOptionWithGrowingSavings.
		this.mvc.perform(calculate("""
				{"investment": 500000000, "discountRatePercent": 10,
				 "cashFlows": [120000000, 130000000, 140000000, 150000000, 160000000]}
				"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.npv").value(closeTo(23_512_427.740281029, 1e-6), Double.class))
			.andExpect(jsonPath("$.irrPercent", closeTo(11.734201830318234, 1e-9)))
			.andExpect(jsonPath("$.irrReason", nullValue()))
			.andExpect(jsonPath("$.irrRootsPercent", hasSize(1)))
			.andExpect(jsonPath("$.simplePaybackYears", closeTo(3 + 110.0 / 150, 1e-9)))
			.andExpect(jsonPath("$.discountedPaybackYears", closeTo(4.76333125, 1e-9)));
	}

	@Test
	void severalRatesOfReturnAreListedWithoutChoosingOne() throws Exception {
		this.mvc.perform(calculate("""
				{"investment": 100, "cashFlows": [230, -132], "discountRatePercent": 10}
				"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.irrPercent", nullValue()))
			.andExpect(jsonPath("$.irrReason", is("SEVERAL")))
			.andExpect(jsonPath("$.irrRootsPercent[0]", closeTo(10, 1e-9)))
			.andExpect(jsonPath("$.irrRootsPercent[1]", closeTo(20, 1e-9)));
	}

	@Test
	void anOptionThatNeverPaysBackHasNullPaybacks() throws Exception {
		this.mvc.perform(calculate("""
				{"investment": 100, "cashFlows": [0, 0, 0], "discountRatePercent": 10}
				"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.npv", closeTo(-100, 1e-12)))
			.andExpect(jsonPath("$.irrReason", is("NO_SIGN_CHANGE")))
			.andExpect(jsonPath("$.simplePaybackYears", nullValue()))
			.andExpect(jsonPath("$.discountedPaybackYears", nullValue()));
	}

	@Test
	void everyFieldOutOfRangeIsNamedInVietnamese() throws Exception {
		this.mvc.perform(calculate("""
				{"investment": -1, "cashFlows": [], "discountRatePercent": -100}
				"""))
			.andExpect(status().isBadRequest())
			.andExpect(
					jsonPath("$.errors[*].field", containsInAnyOrder("investment", "cashFlows", "discountRatePercent")))
			.andExpect(jsonPath("$.errors[?(@.field == 'investment')].message")
				.value("Vốn đầu tư phải từ 0 đến 1.000.000.000.000.000 đồng."))
			.andExpect(jsonPath("$.errors[?(@.field == 'cashFlows')].message")
				.value("Cần dòng tiền của từ 1 đến 100 năm."))
			.andExpect(jsonPath("$.errors[?(@.field == 'discountRatePercent')].message")
				.value("Tỷ lệ chiết khấu phải từ −99 % đến 1.000 %."));
	}

	@Test
	void anEnglishCallerReadsTheErrorsInEnglish() throws Exception {
		this.mvc.perform(calculate("""
				{"investment": 100, "cashFlows": [10], "discountRatePercent": 1001}
				""").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("discountRatePercent")))
			.andExpect(jsonPath("$.errors[0].message", is("The discount rate must be between −99 % and 1,000 %.")));
	}

	@Test
	void aYearsFlowBeyondAnyDoubleIsRefusedByItsIndex() throws Exception {
		this.mvc.perform(calculate("""
				{"investment": 100, "cashFlows": [10, 1e400, null], "discountRatePercent": 10}
				"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("cashFlows[1]", "cashFlows[2]")));
	}

	@Test
	void moreThanAHundredYearsAreRefused() throws Exception {
		String flows = "1,".repeat(100) + "1";
		this.mvc
			.perform(calculate("{\"investment\": 100, \"cashFlows\": [" + flows + "], \"discountRatePercent\": 10}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", is("cashFlows")));
	}

	@Test
	void missingFieldsAreRequired() throws Exception {
		this.mvc.perform(calculate("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field",
					containsInAnyOrder("investment", "cashFlows", "discountRatePercent")));
	}

	@Test
	void anAnonymousCallerIsUnauthorised() throws Exception {
		this.mvc
			.perform(post(PATH).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"investment\": 100, \"cashFlows\": [110], \"discountRatePercent\": 10}"))
			.andExpect(status().isUnauthorized());
	}

	private MockHttpServletRequestBuilder calculate(String body) {
		return post(PATH).with(as(this.enterprise)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
