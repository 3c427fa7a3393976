package org.cleanprod.access;

import org.cleanprod.places.Places;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import org.cleanprod.access.AccessMatrix.Row;
import org.cleanprod.access.AccessWorld.Caller;
import org.cleanprod.access.AccessWorld.Variant;
import org.cleanprod.consumption.ConsumptionService;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.planning.PlanningService;
import org.cleanprod.resources.Resources;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Every endpoint of the access matrix, sent malformed: ids that cannot be ids, month 13,
 * year 99999, numbers too large for any column, empty and broken bodies, every query
 * parameter of the line replaced in turn. Whatever comes in, nothing answers a server
 * error. Sent by the administrator, who passes every permission check and so reaches the
 * deepest code, and by an enterprise user, whose scope is the narrowest.
 */
@IntegrationTest
class MalformedInputTests {

	/** What a query parameter or a JSON value is replaced with. */
	private static final List<String> VALUES = List.of("", "abc", "-1", "2023-13", "99999", "99999999999999999999999",
			"1e400", "x".repeat(5000));

	/** Whole bodies an API endpoint may be sent instead of its own. */
	private static final List<String> BODIES = List.of("", "{}", "[]", "null", "{", "not json", "{\"a\": [[[[]]]]}");

	private static final Pattern QUERY_PARAMETER = Pattern.compile("([?&])([^=&]+)=([^&]*)");

	private static final Pattern JSON_VALUE = Pattern
		.compile("(\"\\w+\"):\\s*(\\{[A-Z_]+}|\"[^\"]*\"|[-\\d.]+|\\[[^]]*])");

	@Autowired
	WebApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	EntityManager entityManager;

	@Autowired
	DataSource dataSource;

	@Autowired
	FacilityService facilities;

	@Autowired
	Resources reference;

	@Autowired
	Places places;

	@Autowired
	ConsumptionService consumption;

	@Autowired
	PlanningService planning;

	AccessWorld world;

	EndpointCalls calls;

	@BeforeEach
	void setUp() {
		this.world = new AccessWorld(this.jdbc, this.users, this.facilities, this.places, this.reference,
				this.consumption, this.planning);
		this.entityManager.flush();
		this.calls = new EndpointCalls(MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build(),
				this.mappings, this.jdbc, this.entityManager, this.dataSource, this.world);
	}

	@Test
	void noMalformedRequestAnswersAServerError() throws Exception {
		Map<String, HandlerMethod> endpoints = this.calls.endpoints();
		List<String> failures = new ArrayList<>();
		int sent = 0;
		for (Row row : AccessMatrix.read().rows().values()) {
			HandlerMethod handler = endpoints.get(row.key());
			if (handler == null) {
				continue;
			}
			String baseline = this.calls.settledFingerprint();
			for (Caller caller : List.of(Caller.ADMIN, Caller.ENTERPRISE)) {
				Function<ReferenceKind, String> own = kind -> this.world.id(caller, kind, Variant.OWN);
				for (Malformed malformed : variants(row)) {
					EndpointCalls.Answer answer = this.calls.send(malformed.row(), handler, caller, malformed.ids(own),
							malformed.values(), baseline);
					sent++;
					if (answer.status() >= 500) {
						failures.add("%s as %s (%s) answered %d %s".formatted(row.key(), caller, malformed.what(),
								answer.status(), answer.problem()));
					}
				}
			}
		}
		assertThat(sent).as("requests sent").isGreaterThan(1000);
		assertThat(failures).isEmpty();
	}

	/** A malformed version of a line's request, and what is wrong with it. */
	private record Malformed(String what, Row row, String id, Map<String, String> values) {

		/**
		 * A request with the caller's own ids and the usual values, malformed elsewhere.
		 */
		static Malformed of(String what, Row row) {
			return new Malformed(what, row, null, EndpointCalls.VALUES);
		}

		/**
		 * The id a path carries for every kind: this malformed one, or the caller's own.
		 */
		Function<ReferenceKind, String> ids(Function<ReferenceKind, String> own) {
			return (this.id != null) ? kind -> this.id : own;
		}

	}

	private static List<Malformed> variants(Row row) {
		List<Malformed> variants = new ArrayList<>();
		if (row.path().contains("{")) {
			for (String id : List.of("abc", "-1", "0", "99999999999999999999999", "2023-13")) {
				variants.add(new Malformed("every id " + id, row, id, EndpointCalls.VALUES));
			}
			variants.add(new Malformed("month 13, year 99999, task and option 99999", row, null,
					Map.of("month", "2023-13", "year", "99999", "taskNo", "99999", "optionNo", "99999")));
			variants.add(new Malformed("month, year, task and option as text", row, null,
					Map.of("month", "abc", "year", "abc", "taskNo", "abc", "optionNo", "abc")));
		}
		if (row.query() != null) {
			Matcher parameters = QUERY_PARAMETER.matcher(row.query());
			while (parameters.find()) {
				for (String value : VALUES) {
					String query = row.query().substring(0, parameters.start(3)) + encode(value)
							+ row.query().substring(parameters.end(3));
					variants
						.add(Malformed.of(parameters.group(2) + "=" + abbreviate(value), with(row, query, row.json())));
				}
			}
			variants.add(Malformed.of("no parameters", with(row, null, row.json())));
		}
		if (row.path().startsWith("/api/") && !row.method().equals("GET")) {
			for (String body : BODIES) {
				variants.add(Malformed.of("body " + body, with(row, row.query(), body)));
			}
			if (row.json() != null) {
				Matcher values = JSON_VALUE.matcher(row.json());
				while (values.find()) {
					for (String value : List.of("\"abc\"", "1e400", "-99999999999999999999999", "\"2023-13\"", "null",
							"[]", "{}")) {
						String json = row.json().substring(0, values.start(2)) + value
								+ row.json().substring(values.end(2));
						variants.add(Malformed.of(values.group(1) + ": " + value, with(row, row.query(), json)));
					}
				}
			}
		}
		if (variants.isEmpty()) {
			variants.add(Malformed.of("as it is", row));
		}
		return variants;
	}

	private static Row with(Row row, String query, String json) {
		return new Row(row.method(), row.path(), query, json, row.expected());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String abbreviate(String value) {
		return (value.length() > 20) ? value.substring(0, 20) + "…" : value;
	}

}
