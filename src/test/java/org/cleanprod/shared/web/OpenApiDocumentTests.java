package org.cleanprod.shared.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.cleanprod.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API description is complete: every operation lists the problem responses it can
 * give, each the shared problem detail. The description is written to
 * {@code target/openapi.json}, where CI lints it.
 */
@IntegrationTest
class OpenApiDocumentTests {

	private static final String RESPONSES = "#/components/responses/";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	JsonNode document;

	@BeforeEach
	void readTheDescription() throws Exception {
		String text = this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "openapi.json"), text);
		this.document = this.json.readTree(text);
	}

	@Test
	void everyOperationListsTheProblemResponsesItsSignatureImplies() {
		List<String> missing = new ArrayList<>();
		operations().forEach((name, operation) -> {
			Set<String> expected = new TreeSet<>(Set.of("401"));
			boolean change = !name.startsWith("GET ");
			if (change) {
				expected.add("403");
			}
			if (operation.has("requestBody")) {
				expected.add("400");
			}
			if (parameters(operation, "path")) {
				expected.add("404");
			}
			if ((name.startsWith("PUT ") || name.startsWith("DELETE ")) && versioned(operation)) {
				expected.add("409");
			}
			expected.removeAll(operation.path("responses").propertyNames());
			if (!expected.isEmpty()) {
				missing.add(name + " lacks " + expected);
			}
		});
		assertThat(missing).isEmpty();
	}

	@Test
	void whatNoSignatureShowsIsListedToo() {
		assertThat(responses("GET /api/v1/plans/active")).contains("404");
		assertThat(responses("GET /api/v1/facilities/{id}/records")).contains("400");
		assertThat(responses("POST /api/v1/indicators/recompute")).contains("409");
		assertThat(responses("POST /api/v1/records/bulk")).contains("422");
	}

	@Test
	void onlyWhatCanHappenIsListed() {
		assertThat(responses("GET /api/v1/me")).containsExactly("200", "401");
		assertThat(responses("GET /api/v1/plans/{id}")).containsExactly("200", "401", "404");
		assertThat(responses("GET /api/v1/users/{id}")).containsExactly("200", "401", "403", "404");
		assertThat(responses("POST /api/v1/users")).doesNotContain("404", "409");
	}

	@Test
	void theCallerIsNoParameter() {
		List<String> listed = new ArrayList<>();
		operations().forEach((name, operation) -> operation.path("parameters")
			.values()
			.stream()
			.map(parameter -> parameter.path("name").asString())
			.filter(parameter -> parameter.equals("username") || parameter.startsWith("scope."))
			.forEach(parameter -> listed.add(name + " " + parameter)));
		assertThat(listed).isEmpty();
	}

	@Test
	void everyProblemResponseIsTheSharedProblemDetail() {
		List<String> inline = new ArrayList<>();
		operations().forEach((name, operation) -> operation.path("responses").properties().forEach(response -> {
			if (response.getKey().startsWith("4")
					&& !response.getValue().path("$ref").asString().startsWith(RESPONSES)) {
				inline.add(name + " " + response.getKey());
			}
		}));
		assertThat(inline).isEmpty();
		this.document.path("components").path("responses").values().forEach(response -> {
			JsonNode schema = response.path("content").path("application/problem+json").path("schema");
			assertThat(schema.path("$ref").asString()).isEqualTo("#/components/schemas/Problem");
		});
	}

	@Test
	void creationsAnswer201AndDeletions204() {
		for (String operation : List.of("POST /api/v1/users", "POST /api/v1/plans", "POST /api/v1/plans/{id}/targets",
				"POST /api/v1/facilities", "POST /api/v1/enterprises")) {
			assertThat(responses(operation)).as(operation).contains("201").doesNotContain("200");
		}
		assertThat(responses("DELETE /api/v1/plans/{id}/targets/{targetId}")).contains("204").doesNotContain("200");
	}

	@Test
	void operationIdsAreNamedNotNumbered() {
		List<String> numbered = operations().values()
			.stream()
			.map(operation -> operation.path("operationId").asString())
			.filter(id -> id.isEmpty() || id.matches(".*_\\d+"))
			.toList();
		assertThat(numbered).isEmpty();
	}

	@Test
	void theLicenceAndTheServerAreStated() {
		assertThat(this.document.path("info").path("license").path("name").asString()).isEqualTo("Apache License 2.0");
		assertThat(this.document.path("info").path("license").path("url").asString())
			.isEqualTo("https://www.apache.org/licenses/LICENSE-2.0");
		assertThat(this.document.path("servers").path(0).path("url").asString()).isEqualTo("/");
	}

	/** Every operation by method and path, such as {@code GET /api/v1/me}. */
	private Map<String, JsonNode> operations() {
		Map<String, JsonNode> operations = new TreeMap<>();
		this.document.path("paths")
			.properties()
			.forEach(path -> path.getValue()
				.properties()
				.forEach(operation -> operations.put(operation.getKey().toUpperCase() + " " + path.getKey(),
						operation.getValue())));
		return operations;
	}

	private List<String> responses(String operation) {
		JsonNode node = operations().get(operation);
		assertThat(node).as(operation).isNotNull();
		return List.copyOf(new TreeSet<>(node.path("responses").propertyNames()));
	}

	private static boolean parameters(JsonNode operation, String in) {
		return operation.path("parameters")
			.values()
			.stream()
			.anyMatch(parameter -> in.equals(parameter.path("in").asString()));
	}

	/** A version parameter, or a body whose schema has a version. */
	private boolean versioned(JsonNode operation) {
		boolean parameter = operation.path("parameters")
			.values()
			.stream()
			.anyMatch(node -> "version".equals(node.path("name").asString()));
		String body = operation.path("requestBody")
			.path("content")
			.path("application/json")
			.path("schema")
			.path("$ref")
			.asString();
		JsonNode schema = this.document.path("components")
			.path("schemas")
			.path(body.substring(body.lastIndexOf('/') + 1));
		return parameter || (!body.isEmpty() && schema.path("properties").has("version"));
	}

}
