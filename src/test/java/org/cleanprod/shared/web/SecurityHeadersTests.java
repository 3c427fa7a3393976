package org.cleanprod.shared.web;

import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.cleanprod.test.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The security headers of every answer, pages and API alike, signed in or not, errors
 * included.
 */
@IntegrationTest
class SecurityHeadersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		expectSecurityHeaders(this.mvc.perform(get("/login")).andExpect(status().isOk()));
		expectSecurityHeaders(this.mvc.perform(get("/").with(as(this.users.officer()))).andExpect(status().isOk()));
	}

	@Test
	void apiAnswersCarryTheSecurityHeadersWithAReferrerPolicy() throws Exception {
		expectSecurityHeaders(this.mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized()));
		expectSecurityHeaders(
				this.mvc.perform(get("/api/v1/me").with(as(this.users.officer()))).andExpect(status().isOk()));
		expectSecurityHeaders(this.mvc.perform(get("/api/v1/users").with(as(this.users.consultant())))
			.andExpect(status().isForbidden()));
	}

	private static void expectSecurityHeaders(ResultActions answer) throws Exception {
		answer.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Cache-Control", containsString("no-store")));
	}

}
