package org.cleanprod.access;

import org.cleanprod.places.Places;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import org.cleanprod.access.AccessMatrix.Row;
import org.cleanprod.access.AccessWorld.Caller;
import org.cleanprod.access.AccessWorld.Variant;
import org.cleanprod.consumption.ConsumptionService;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.planning.PlanningService;
import org.cleanprod.resources.Resources;
import org.cleanprod.shared.security.InScope;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.Scoped;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
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
			ReferenceKind.IMPORT_JOB, ReferenceKind.ASSESSMENT);

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
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.world = new AccessWorld(this.jdbc, this.users, this.facilities, this.places, this.reference,
				this.consumption, this.planning);
		this.entityManager.flush();
		this.calls = new EndpointCalls(this.mvc, this.mappings, this.jdbc, this.entityManager, this.dataSource,
				this.world);
	}

	@Test
	void everyEndpointHasItsLineInTheMatrix() throws IOException {
		AccessMatrix matrix = AccessMatrix.read();
		Map<String, HandlerMethod> endpoints = this.calls.endpoints();
		assertThat(endpoints.keySet()).as("endpoints without a line in %s", AccessMatrix.RESOURCE)
			.isSubsetOf(matrix.rows().keySet());
		assertThat(matrix.rows().keySet()).as("lines of %s without an endpoint", AccessMatrix.RESOURCE)
			.isSubsetOf(endpoints.keySet());
	}

	@Test
	void everyIdAnEndpointTakesDeclaresItsKind() {
		List<String> undeclared = new ArrayList<>();
		this.calls.endpoints().forEach((key, handler) -> {
			for (MethodParameter parameter : handler.getMethodParameters()) {
				String name = EndpointCalls.name(parameter);
				boolean path = parameter.hasParameterAnnotation(PathVariable.class);
				boolean query = parameter.hasParameterAnnotation(RequestParam.class)
						&& (name.equals("id") || name.endsWith("Id") || name.equals("job"));
				if ((path && !EndpointCalls.VALUES.containsKey(name) || query)
						&& !parameter.hasParameterAnnotation(Scoped.class)) {
					undeclared.add(key + " " + name);
				}
			}
		});
		assertThat(undeclared).as("ids without @Scoped").isEmpty();
	}

	@Test
	void everyRoleGetsWhatTheMatrixSaysAndARefusedRequestWritesNothing() throws Exception {
		AccessMatrix matrix = AccessMatrix.read();
		Map<String, HandlerMethod> endpoints = this.calls.endpoints();
		List<String> differences = new ArrayList<>();
		List<String> observed = new ArrayList<>();
		for (Row row : matrix.rows().values()) {
			HandlerMethod handler = endpoints.get(row.key());
			if (handler == null) {
				continue;
			}
			String baseline = this.calls.settledFingerprint();
			long jobs = this.calls.jobCount();
			boolean carriesIds = carriesIds(row, handler);
			Map<Caller, int[]> statuses = new EnumMap<>(Caller.class);
			for (Caller caller : Caller.values()) {
				int[] seen = new int[3];
				for (Variant variant : Variant.values()) {
					if (!carriesIds && variant != Variant.OWN) {
						seen[variant.ordinal()] = seen[0];
						continue;
					}
					boolean own = variant == Variant.OWN || caller.provinceWide();
					EndpointCalls.Answer answer = this.calls.send(row, handler, caller,
							kind -> this.world.id(caller, kind, variant), EndpointCalls.VALUES, baseline,
							status -> status >= 400 || !own);
					seen[variant.ordinal()] = answer.status();
					if (answer.status() < 400 && this.calls.jobCount() != jobs) {
						baseline = this.calls.settledFingerprint();
						jobs = this.calls.jobCount();
					}
					boolean mayWrite = answer.status() < 400 && own;
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
		Map<String, HandlerMethod> endpoints = this.calls.endpoints();
		List<String> differences = new ArrayList<>();
		for (Row row : matrix.rows().values()) {
			HandlerMethod handler = endpoints.get(row.key());
			String baseline = this.calls.settledFingerprint();
			String sample = ((row.query() != null) ? row.query() : "") + ((row.json() != null) ? row.json() : "");
			if (handler == null) {
				continue;
			}
			for (String field : inScopeFields(handler)) {
				if (!sample.contains(field)) {
					differences.add(row.key() + " does not send its id field " + field);
				}
			}
			Matcher placeholders = EndpointCalls.PLACEHOLDER.matcher(sample);
			while (placeholders.find()) {
				ReferenceKind tried = ReferenceKind.valueOf(placeholders.group(1));
				if (!SCOPED_KINDS.contains(tried)) {
					continue;
				}
				for (Caller caller : List.of(Caller.DISTRICT, Caller.ZONE, Caller.CONSULTANT, Caller.ENTERPRISE)) {
					EndpointCalls.Answer foreign = this.calls.send(row, handler, caller,
							kind -> this.world.id(caller, kind, (kind == tried) ? Variant.FOREIGN : Variant.OWN),
							baseline);
					EndpointCalls.Answer none = this.calls.send(row, handler, caller,
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

	/** Whether a row's request carries any id, so that its variants differ. */
	private static boolean carriesIds(Row row, HandlerMethod handler) {
		String sample = ((row.query() != null) ? row.query() : "") + ((row.json() != null) ? row.json() : "");
		return EndpointCalls.PLACEHOLDER.matcher(sample).find() || Arrays.stream(handler.getMethodParameters())
			.anyMatch(parameter -> parameter.hasParameterAnnotation(Scoped.class)
					&& row.path().contains("{" + EndpointCalls.name(parameter) + "}"));
	}

	/** Whether a row's path or query carries an id of a kind with a data scope. */
	private static boolean scopesIds(Row row, HandlerMethod handler) {
		for (MethodParameter parameter : handler.getMethodParameters()) {
			Scoped scoped = parameter.getParameterAnnotation(Scoped.class);
			if (scoped != null && SCOPED_KINDS.contains(scoped.value())
					&& (row.path().contains("{" + EndpointCalls.name(parameter) + "}")
							|| (row.query() != null && row.query().contains(EndpointCalls.name(parameter) + "=")))) {
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

}
