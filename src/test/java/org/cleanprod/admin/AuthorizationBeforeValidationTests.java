package org.cleanprod.admin;

import java.util.List;

import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cleanprod.test.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A caller without an endpoint's permission is refused with 403 before anything of the
 * request is read: no validation errors of the body, no conversion errors of the path or
 * parameters, in the pages and the API of several modules. A caller with the permission
 * still gets the 400.
 */
@IntegrationTest
class AuthorizationBeforeValidationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	TestUsers users;

	@BeforeEach
	void users() {
	}

	@Test
	void registeringAFacilityWithoutThePermissionIsRefusedBeforeTheBodyIsValidated() throws Exception {
		long agency = this.jdbc.sql("SELECT MIN(id) FROM agency").query(Long.class).single();
		this.mvc.perform(json(post("/api/v1/facilities"), this.users.agency(agency), "{}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.status").value(403))
			.andExpect(content().string(not(containsString("errors"))));
		this.mvc.perform(json(post("/api/v1/facilities"), this.users.officer(), "{}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void creatingAPlanWithoutThePermissionIsRefusedBeforeTheBodyIsRead() throws Exception {
		this.mvc.perform(json(post("/api/v1/plans"), this.users.consultant(), "{\"code\": "))
			.andExpect(status().isForbidden());
		this.mvc.perform(json(post("/api/v1/plans"), this.users.consultant(), "{}")).andExpect(status().isForbidden());
	}

	@Test
	void settingABaselineWithoutThePermissionIsRefusedBeforeThePathIsConverted() throws Exception {
		this.mvc.perform(json(put("/api/v1/facilities/not-a-number/baseline"), this.users.consultant(), "{}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aPageWithoutThePermissionIsRefusedBeforeItsPathIsConverted() throws Exception {
		this.mvc.perform(get("/plans/not-a-number/edit").with(as(this.users.consultant())))
			.andExpect(status().isForbidden());
		// An id that cannot be one names no record the officer may see: 404, as for any
		// unknown id.
		this.mvc.perform(get("/plans/not-a-number/edit").with(as(this.users.officer())))
			.andExpect(status().isNotFound());
	}

	@Test
	void aPageFormWithoutThePermissionIsRefusedBeforeItsParametersAreRead() throws Exception {
		long agency = this.jdbc.sql("SELECT MIN(id) FROM agency").query(Long.class).single();
		this.mvc
			.perform(
					post("/consumption/facilities/not-a-number/cells").with(as(this.users.agency(agency))).with(csrf()))
			.andExpect(status().isForbidden());
	}

	/** A JSON body sent as the user, with the CSRF token a browser session would have. */
	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, CurrentUser user,
			String body) {
		return request.with(as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	@Test
	void everyEndpointsPermissionCanBeCheckedBeforeBinding() {
		List<String> namingArguments = this.mappings.getHandlerMethods()
			.values()
			.stream()
			.filter(method -> method.getBeanType().getName().startsWith("org.cleanprod."))
			.filter(method -> expression(method).contains("#"))
			.map(HandlerMethod::toString)
			.toList();
		assertThat(namingArguments).as("@PreAuthorize naming a method argument is checked only after binding")
			.isEmpty();
	}

	private static String expression(HandlerMethod method) {
		PreAuthorize annotation = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
		if (annotation == null) {
			annotation = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
		}
		return (annotation != null) ? annotation.value() : "";
	}

}
