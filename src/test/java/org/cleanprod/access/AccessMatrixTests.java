package org.cleanprod.access;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Blob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
import org.cleanprod.reference.ReferenceService;
import org.cleanprod.shared.security.InScope;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.Scoped;
import org.cleanprod.test.IntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
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
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Every page and API endpoint, tried by every role with an id of its own, a foreign id
 * and one that exists nowhere, against the declared {@link AccessMatrix}. An endpoint
 * missing from the matrix fails the build, so a new endpoint comes with its line. Each
 * request runs in a savepoint that is rolled back, after checking that a refused request
 * wrote nothing.
 */
@IntegrationTest
class AccessMatrixTests {

	/**
	 * Kinds with a data scope: one outside it must answer exactly as one that is not
	 * there.
	 */
	private static final Set<ReferenceKind> SCOPED_KINDS = Set.of(ReferenceKind.ENTERPRISE, ReferenceKind.FACILITY,
			ReferenceKind.PRODUCT, ReferenceKind.PLAN, ReferenceKind.TARGET, ReferenceKind.USER, ReferenceKind.TOKEN,
			ReferenceKind.IMPORT_JOB, ReferenceKind.IMPORT_UPLOAD);

	/** Path variables that are values, not ids, with the value the matrix sends. */
	private static final Map<String, String> VALUES = Map.of("month", "2024-03", "year", "2024");

	/** Tables whose rows any request may touch: sessions and the events of listeners. */
	private static final Set<String> UNWATCHED = Set.of("flyway_schema_history", "spring_session",
			"spring_session_attributes", "event_publication", "shedlock");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Z_]+)}");

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

	@Autowired
	WebApplicationContext context;

	/**
	 * The application's MockMvc, without printing thousands of exchanges when a line
	 * differs.
	 */
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	DataSource dataSource;

	@Autowired
	FacilityService facilities;

	@Autowired
	ReferenceService reference;

	@Autowired
	ConsumptionService consumption;

	@Autowired
	PlanningService planning;

	AccessWorld world;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.world = new AccessWorld(this.jdbc, this.facilities, this.reference, this.consumption, this.planning);
		this.entityManager.flush();
	}

	@Test
	void everyEndpointHasItsLineInTheMatrix() throws IOException {
		AccessMatrix matrix = AccessMatrix.read();
		Map<String, HandlerMethod> endpoints = endpoints();
		assertThat(endpoints.keySet()).as("endpoints without a line in %s", AccessMatrix.RESOURCE)
			.isSubsetOf(matrix.rows().keySet());
		assertThat(matrix.rows().keySet()).as("lines of %s without an endpoint", AccessMatrix.RESOURCE)
			.isSubsetOf(endpoints.keySet());
	}

	@Test
	void everyIdAnEndpointTakesDeclaresItsKind() {
		List<String> undeclared = new ArrayList<>();
		endpoints().forEach((key, handler) -> {
			for (MethodParameter parameter : handler.getMethodParameters()) {
				String name = name(parameter);
				boolean path = parameter.hasParameterAnnotation(PathVariable.class);
				boolean query = parameter.hasParameterAnnotation(RequestParam.class)
						&& (name.equals("id") || name.endsWith("Id") || name.equals("job"));
				if ((path && !VALUES.containsKey(name) || query) && !parameter.hasParameterAnnotation(Scoped.class)) {
					undeclared.add(key + " " + name);
				}
			}
		});
		assertThat(undeclared).as("ids without @Scoped").isEmpty();
	}

	@Test
	void everyRoleGetsWhatTheMatrixSaysAndARefusedRequestWritesNothing() throws Exception {
		AccessMatrix matrix = AccessMatrix.read();
		Map<String, HandlerMethod> endpoints = endpoints();
		List<String> differences = new ArrayList<>();
		List<String> observed = new ArrayList<>();
		for (Row row : matrix.rows().values()) {
			HandlerMethod handler = endpoints.get(row.key());
			if (handler == null) {
				continue;
			}
			// A request that did succeed may have started work that commits on its own (a
			// background job), so each line compares with the database as it is before
			// it.
			String baseline = fingerprint();
			boolean carriesIds = carriesIds(row, handler);
			Map<Caller, int[]> statuses = new EnumMap<>(Caller.class);
			for (Caller caller : Caller.values()) {
				int[] seen = new int[3];
				for (Variant variant : Variant.values()) {
					if (!carriesIds && variant != Variant.OWN) {
						seen[variant.ordinal()] = seen[0];
						continue;
					}
					Answer answer = send(row, handler, caller, kind -> this.world.id(caller, kind, variant), baseline);
					seen[variant.ordinal()] = answer.status();
					if (answer.status() < 400) {
						baseline = settledFingerprint();
					}
					boolean mayWrite = answer.status() < 400 && (variant == Variant.OWN || caller.provinceWide());
					if (answer.wrote() && !mayWrite) {
						differences.add("%s as %s with a %s id answered %d and wrote to the database"
							.formatted(row.key(), caller, variant, answer.status()));
					}
				}
				int[] expected = row.expected().get(caller);
				if (!Arrays.equals(seen, expected)) {
					differences.add("%s as %s: expected %s, got %s".formatted(row.key(), caller,
							Arrays.toString(expected), Arrays.toString(seen)));
				}
				if (scopesIds(row, handler) && caller.role != null && caller != Caller.ADMIN && caller != Caller.OFFICER
						&& seen[1] != seen[2]) {
					differences.add("%s as %s tells a foreign id (%d) from one that does not exist (%d)"
						.formatted(row.key(), caller, seen[1], seen[2]));
				}
				statuses.put(caller, seen);
			}
			observed.add(row.line(statuses));
		}
		Path report = Path.of("target", "access-matrix.observed.txt");
		Files.createDirectories(report.getParent());
		Files.write(report, observed);
		assertThat(differences).as("differences from the matrix (what was seen is in %s)", report).isEmpty();
	}

	@Test
	void anIdInAFormOrABodyOutsideTheScopeIsAnsweredLikeOneThatDoesNotExist() throws Exception {
		AccessMatrix matrix = AccessMatrix.read();
		Map<String, HandlerMethod> endpoints = endpoints();
		List<String> differences = new ArrayList<>();
		for (Row row : matrix.rows().values()) {
			HandlerMethod handler = endpoints.get(row.key());
			String baseline = settledFingerprint();
			String sample = ((row.query() != null) ? row.query() : "") + ((row.json() != null) ? row.json() : "");
			if (handler == null) {
				continue;
			}
			for (String field : inScopeFields(handler)) {
				if (!sample.contains(field)) {
					differences.add(row.key() + " does not send its id field " + field);
				}
			}
			Matcher placeholders = PLACEHOLDER.matcher(sample);
			while (placeholders.find()) {
				ReferenceKind tried = ReferenceKind.valueOf(placeholders.group(1));
				if (!SCOPED_KINDS.contains(tried)) {
					continue;
				}
				for (Caller caller : List.of(Caller.DISTRICT, Caller.ZONE, Caller.CONSULTANT, Caller.ENTERPRISE)) {
					Answer foreign = send(row, handler, caller,
							kind -> this.world.id(caller, kind, (kind == tried) ? Variant.FOREIGN : Variant.OWN),
							baseline);
					Answer none = send(row, handler, caller,
							kind -> (kind == tried) ? AccessWorld.none(kind) : this.world.id(caller, kind, Variant.OWN),
							baseline);
					if (foreign.status() != none.status() || !foreign.problem().equals(none.problem())) {
						differences.add(row.key() + " as " + caller + " with a foreign " + tried + " answered "
								+ foreign.status() + " " + foreign.problem() + ", with an unknown one " + none.status()
								+ " " + none.problem());
					}
					if (foreign.wrote() || none.wrote()) {
						differences.add(row.key() + " as " + caller + " with a foreign or unknown " + tried
								+ " changed the database");
					}
				}
			}
		}
		assertThat(differences).isEmpty();
	}

	/** What a request got: its status, its problem detail if any, whether it wrote. */
	private record Answer(int status, String problem, boolean wrote) {
	}

	/**
	 * Sends one request in a savepoint, notes whether the database differs from the
	 * baseline afterwards, and rolls back.
	 */
	private Answer send(Row row, HandlerMethod handler, Caller caller, Function<ReferenceKind, String> ids,
			String baseline) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			Savepoint savepoint = connection.setSavepoint();
			try {
				MockHttpServletResponse response = this.mvc.perform(request(row, handler, caller, ids))
					.andReturn()
					.getResponse();
				this.entityManager.flush();
				String problem = (response.getContentType() != null
						&& response.getContentType().contains("problem+json")) ? response.getContentAsString() : "";
				return new Answer(response.getStatus(), problem, !fingerprint().equals(baseline));
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
			Function<ReferenceKind, String> ids) {
		Matcher variables = VARIABLE.matcher(row.path());
		StringBuilder uri = new StringBuilder();
		while (variables.find()) {
			variables.appendReplacement(uri,
					Matcher.quoteReplacement(encode(pathValue(handler, variables.group(1), ids))));
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

	private static String pathValue(HandlerMethod handler, String variable, Function<ReferenceKind, String> ids) {
		for (MethodParameter parameter : handler.getMethodParameters()) {
			if (parameter.hasParameterAnnotation(PathVariable.class) && name(parameter).equals(variable)) {
				Scoped scoped = parameter.getParameterAnnotation(Scoped.class);
				if (scoped != null) {
					return ids.apply(scoped.value());
				}
			}
		}
		String value = VALUES.get(variable);
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

	/** Whether a row's request carries any id, so that its variants differ. */
	private static boolean carriesIds(Row row, HandlerMethod handler) {
		String sample = ((row.query() != null) ? row.query() : "") + ((row.json() != null) ? row.json() : "");
		return PLACEHOLDER.matcher(sample).find() || Arrays.stream(handler.getMethodParameters())
			.anyMatch(parameter -> parameter.hasParameterAnnotation(Scoped.class)
					&& row.path().contains("{" + name(parameter) + "}"));
	}

	/** Whether a row's path or query carries an id of a kind with a data scope. */
	private static boolean scopesIds(Row row, HandlerMethod handler) {
		for (MethodParameter parameter : handler.getMethodParameters()) {
			Scoped scoped = parameter.getParameterAnnotation(Scoped.class);
			if (scoped != null && SCOPED_KINDS.contains(scoped.value())
					&& (row.path().contains("{" + name(parameter) + "}")
							|| (row.query() != null && row.query().contains(name(parameter) + "=")))) {
				return true;
			}
		}
		return false;
	}

	/** The fields of the forms and bodies a handler binds that hold ids of records. */
	private static List<String> inScopeFields(HandlerMethod handler) {
		List<String> fields = new ArrayList<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			if (!parameter.hasParameterAnnotation(RequestBody.class)
					&& !parameter.hasParameterAnnotation(ModelAttribute.class)) {
				continue;
			}
			Class<?> type = parameter.getParameterType();
			if (type.isRecord()) {
				for (var component : type.getRecordComponents()) {
					if (component.isAnnotationPresent(InScope.class)) {
						fields.add(component.getName());
					}
				}
			}
		}
		return fields;
	}

	/** Every page and API endpoint of Cleanprod, as {@code METHOD /pattern}. */
	private Map<String, HandlerMethod> endpoints() {
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

	private static String name(MethodParameter parameter) {
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
	private String settledFingerprint() {
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
	private String fingerprint() {
		List<String> tables = this.jdbc.sql("""
				SELECT table_name FROM information_schema.tables
				WHERE LOWER(table_schema) = 'public' AND table_type IN ('BASE TABLE', 'TABLE') ORDER BY table_name
				""").query(String.class).list();
		Map<String, List<String>> contents = new LinkedHashMap<>();
		for (String table : tables) {
			if (UNWATCHED.contains(table.toLowerCase())) {
				continue;
			}
			List<String> rows = this.jdbc.sql("SELECT * FROM " + table).query(AccessMatrixTests::row).list();
			contents.put(table, rows.stream().sorted().toList());
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(contents.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
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
