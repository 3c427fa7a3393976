package org.cleanprod.shared.web;

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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Answers of the API speak the caller's language: Vietnamese unless
 * {@code Accept-Language} asks for English, for validation messages, type errors and
 * unreadable bodies alike.
 */
@IntegrationTest
class ApiLanguageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	CurrentUser officer;

	@BeforeEach
	void setUp() {
		this.officer = this.users.officer();
	}

	@Test
	void validationMessagesAreVietnameseUnlessEnglishIsAsked() throws Exception {
		String body = "{\"code\": \"T-LANG\", \"name\": \"\", \"periodStartYear\": 2086, \"periodEndYear\": 2090}";
		this.mvc.perform(plan(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title", is("Dữ liệu không hợp lệ")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("Bắt buộc nhập.")));
		this.mvc.perform(plan(body).header(HttpHeaders.ACCEPT_LANGUAGE, "vi-VN,vi;q=0.9"))
			.andExpect(jsonPath("$.title", is("Dữ liệu không hợp lệ")));
		this.mvc.perform(plan(body).header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9"))
			.andExpect(jsonPath("$.title", is("Invalid data")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("Required.")));
	}

	@Test
	void aValueOfTheWrongTypeIsToldInVietnamese() throws Exception {
		this.mvc.perform(plan("{\"code\": \"T-LANG\", \"name\": \"Kế hoạch\", \"periodStartYear\": \"năm sau\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title", is("Yêu cầu không hợp lệ")))
			.andExpect(jsonPath("$.detail", is("Yêu cầu không hợp lệ. Hãy kiểm tra lại dữ liệu đã nhập.")));
		this.mvc.perform(plan("not json at all"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title", is("Yêu cầu không hợp lệ")));
		this.mvc.perform(get("/api/v1/facilities").param("page", "abc").with(as(this.officer)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title", is("Yêu cầu không hợp lệ")));
	}

	private MockHttpServletRequestBuilder plan(String body) {
		return post("/api/v1/plans").with(as(this.officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

}
