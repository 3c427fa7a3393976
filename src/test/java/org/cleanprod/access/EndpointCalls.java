package org.cleanprod.access;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Blob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import org.cleanprod.access.AccessMatrix.Row;
import org.cleanprod.access.AccessWorld.Caller;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.Scoped;
import org.awaitility.Awaitility;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Sends the requests of the {@link AccessMatrix}: fills a line's path variables and
 * placeholders with the ids a caller's request carries, signs it in as the caller, runs
 * it in a savepoint of the test's transaction, rolled back afterwards, and tells whether
 * it wrote anything. Shared by the tests that walk every endpoint.
 */
final class EndpointCalls {

	/** Path variables that are values, not ids, with the value the matrix sends. */
	static final Map<String, String> VALUES = Map.of("month", "2024-03", "year", "2024", "taskNo", "1", "optionNo",
			"1");

	/** Tables whose rows any request may touch: sessions and the events of listeners. */
	private static final Set<String> UNWATCHED = Set.of("flyway_schema_history", "spring_session",
			"spring_session_attributes", "event_publication", "shedlock");

	static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Z_]+)}");

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

	private final MockMvc mvc;

	private final RequestMappingHandlerMapping mappings;

	private final JdbcClient jdbc;

	private final EntityManager entityManager;

	private final DataSource dataSource;

	private final AccessWorld world;

	EndpointCalls(MockMvc mvc, RequestMappingHandlerMapping mappings, JdbcClient jdbc, EntityManager entityManager,
			DataSource dataSource, AccessWorld world) {
		this.mvc = mvc;
		this.mappings = mappings;
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.dataSource = dataSource;
		this.world = world;
	}

	/** What a request got: its status, its problem detail if any, whether it wrote. */
	record Answer(int status, String problem, boolean wrote) {
	}

	/**
	 * Sends one request in a savepoint, notes whether the database differs from the
	 * baseline afterwards, and rolls back.
	 */
	Answer send(Row row, HandlerMethod handler, Caller caller, Function<ReferenceKind, String> ids, String baseline) {
		return send(row, handler, caller, ids, VALUES, baseline);
	}

	/**
	 * Sends a request as {@link #send} does, with these values for the path variables
	 * that are not ids.
	 */
	Answer send(Row row, HandlerMethod handler, Caller caller, Function<ReferenceKind, String> ids,
			Map<String, String> values, String baseline) {
		return send(row, handler, caller, ids, values, baseline, status -> true);
	}

	/**
	 * Sends a request as {@link #send} does, comparing the database with the baseline
	 * only for the statuses {@code watched} names (digesting every table is what costs):
	 * for the others the answer says it wrote nothing.
	 */
	Answer send(Row row, HandlerMethod handler, Caller caller, Function<ReferenceKind, String> ids,
			Map<String, String> values, String baseline, IntPredicate watched) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			Savepoint savepoint = connection.setSavepoint();
			try {
				MockHttpServletResponse response = this.mvc.perform(request(row, handler, caller, ids, values))
					.andReturn()
					.getResponse();
				this.entityManager.flush();
				String problem = (response.getContentType() != null
						&& response.getContentType().contains("problem+json")) ? response.getContentAsString() : "";
				boolean wrote = watched.test(response.getStatus()) && !fingerprint().equals(baseline);
				return new Answer(response.getStatus(), problem, wrote);
			}
			catch (Exception ex) {
				return new Answer(500, ex.toString(), false);
			}
			finally {
				this.entityManager.clear();
				connection.rollback(savepoint);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private MockHttpServletRequestBuilder request(Row row, HandlerMethod handler, Caller caller,
			Function<ReferenceKind, String> ids, Map<String, String> values) {
		Matcher variables = VARIABLE.matcher(row.path());
		StringBuilder uri = new StringBuilder();
		while (variables.find()) {
			variables.appendReplacement(uri,
					Matcher.quoteReplacement(encode(pathValue(handler, variables.group(1), ids, values))));
		}
		variables.appendTail(uri);
		if (row.query() != null) {
			uri.append(substitute(row.query(), ids, true));
		}
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(row.method()),
				uri.toString());
		boolean api = row.path().startsWith("/api/");
		if (row.json() != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(substitute(row.json(), ids, false));
		}
		else if (api && !row.method().equals("GET")) {
			request.contentType(MediaType.APPLICATION_JSON).content("{}");
		}
		if (caller.role != null) {
			request.with(user(this.world.user(caller)));
		}
		if (!row.method().equals("GET")) {
			request.with(csrf());
		}
		return request;
	}

	private static String pathValue(HandlerMethod handler, String variable, Function<ReferenceKind, String> ids,
			Map<String, String> values) {
		for (MethodParameter parameter : handler.getMethodParameters()) {
			if (parameter.hasParameterAnnotation(PathVariable.class) && name(parameter).equals(variable)) {
				Scoped scoped = parameter.getParameterAnnotation(Scoped.class);
				if (scoped != null) {
					return ids.apply(scoped.value());
				}
			}
		}
		String value = values.get(variable);
		if (value == null) {
			throw new IllegalStateException("{" + variable + "} of " + handler + " declares no kind (@Scoped)");
		}
		return value;
	}

	private static String substitute(String text, Function<ReferenceKind, String> ids, boolean query) {
		Matcher placeholders = PLACEHOLDER.matcher(text);
		StringBuilder result = new StringBuilder();
		while (placeholders.find()) {
			String id = ids.apply(ReferenceKind.valueOf(placeholders.group(1)));
			placeholders.appendReplacement(result, Matcher.quoteReplacement(query ? encode(id) : id));
		}
		placeholders.appendTail(result);
		return result.toString();
	}

	/** Every page and API endpoint of Cleanprod, as {@code METHOD /pattern}. */
	Map<String, HandlerMethod> endpoints() {
		Map<String, HandlerMethod> endpoints = new TreeMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			HandlerMethod handler = entry.getValue();
			if (!handler.getBeanType().getName().startsWith("org.cleanprod.")
					|| ErrorController.class.isAssignableFrom(handler.getBeanType())) {
				continue;
			}
			for (String pattern : entry.getKey().getPatternValues()) {
				for (var method : entry.getKey().getMethodsCondition().getMethods()) {
					endpoints.put(method.name() + " " + pattern, handler);
				}
			}
		}
		return endpoints;
	}

	static String name(MethodParameter parameter) {
		PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
		RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
		String declared = (path != null) ? first(path.name(), path.value())
				: (query != null) ? first(query.name(), query.value()) : "";
		if (!declared.isEmpty()) {
			return declared;
		}
		parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
		return parameter.getParameterName();
	}

	private static String first(String name, String value) {
		return !name.isEmpty() ? name : value;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/**
	 * The fingerprint once background jobs a successful request started (a recomputation)
	 * have finished: their rows commit on their own, outside the savepoint.
	 */
	/**
	 * How many import jobs there are: the only work a request starts that commits outside
	 * its savepoint, so the baseline changes only when this does.
	 */
	long jobCount() {
		return this.jdbc.sql("SELECT COUNT(*) FROM import_job").query(Long.class).single();
	}

	String settledFingerprint() {
		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> this.jdbc.sql("SELECT COUNT(*) FROM import_job WHERE status = 'RUNNING'")
				.query(Long.class)
				.single() == 0);
		return fingerprint();
	}

	/**
	 * A digest of every row of every watched table, in a stable order: equal digests,
	 * equal data.
	 */
	String fingerprint() {
		List<String> tables = this.jdbc.sql("""
				SELECT table_name FROM information_schema.tables
				WHERE LOWER(table_schema) = 'public' AND table_type IN ('BASE TABLE', 'TABLE') ORDER BY table_name
				""").query(String.class).list();
		Map<String, List<String>> contents = new LinkedHashMap<>();
		for (String table : tables) {
			if (UNWATCHED.contains(table.toLowerCase())) {
				continue;
			}
			List<String> rows = this.jdbc.sql("SELECT * FROM " + table).query(EndpointCalls::row).list();
			contents.put(table, rows.stream().sorted().toList());
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(contents.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String row(ResultSet rs, int number) throws SQLException {
		StringBuilder row = new StringBuilder();
		for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
			Object value = rs.getObject(i);
			if (value instanceof byte[] bytes) {
				value = Arrays.hashCode(bytes);
			}
			else if (value instanceof Blob blob) {
				value = Arrays.hashCode(blob.getBytes(1, (int) blob.length()));
			}
			row.append(value).append('|');
		}
		return row.toString();
	}

}
