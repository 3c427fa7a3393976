package org.cleanprod.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cleanprod.facility.FacilityGenerator;
import org.cleanprod.places.Places;
import org.cleanprod.places.UnitLevel;
import org.cleanprod.shared.security.Role;
import org.cleanprod.test.Accounts;
import org.cleanprod.test.PostgresTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facility list page and API over HTTP on PostgreSQL with a generated registry
 * (50,000 facilities unless {@code -Dbench.facilities=...}): filter, sort, page and
 * accent-insensitive search. The baseline, measured in the same run, is the health
 * endpoint over the same HTTP stack, so the ratio shows what the list itself costs.
 * Writes its figures to target/bench/.
 */
@Tag("bench")
@PostgresTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class FacilityListBenchmark {

	private static final int WARM_UP = 30;

	private static final int RUNS = 200;

	@LocalServerPort
	int port;

	@Autowired
	FacilityGenerator generator;

	@Autowired
	Places reference;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Test
	void facilityListAtScale() throws Exception {
		int size = Integer.getInteger("bench.facilities", 50_000);
		long started = System.nanoTime();
		this.generator.generate(size, 2016L);
		double generateSeconds = (System.nanoTime() - started) / 1e9;
		this.jdbc.sql("ANALYZE").update();
		this.accounts.create("bench", "bench-password", Role.DEPARTMENT_OFFICER, Set.of(), null, null);
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		signIn(http);

		long district = this.reference.units()
			.stream()
			.filter(unit -> unit.level() == UnitLevel.DISTRICT && unit.code().equals("725"))
			.findFirst()
			.orElseThrow()
			.id();
		long zone = this.reference.zones().getFirst().id();
		Map<String, String> scenarios = new LinkedHashMap<>();
		scenarios.put("page: search \"thu dau mot\", sort by name", "/facilities?q=" + encode("thu dau mot"));
		scenarios.put("page: district + sector + CP flag, sort by employees desc, page 3",
				"/facilities?unitId=" + district + "&sectorCode=31&cpPotential=true&sort=employees&dir=desc&page=3");
		scenarios.put("page: zone + active, sort by last update",
				"/facilities?zoneId=" + zone + "&status=ACTIVE&sort=updated&dir=desc");
		scenarios.put("page (htmx fragment): search \"det may\", sort by enterprise, page 2",
				"/facilities?q=" + encode("det may") + "&sort=enterprise&page=2|htmx");
		scenarios.put("api: search \"nha may go\" + sector, page 2",
				"/api/v1/facilities?q=" + encode("nha may go") + "&sectorCode=16&page=2");
		scenarios.put("api: no match (full scan)", "/api/v1/facilities?q=" + encode("khong co co so nay"));

		Latencies baseline = measure(http, "baseline: GET /actuator/health", "/actuator/health");
		List<Latencies> results = new ArrayList<>();
		for (Map.Entry<String, String> scenario : scenarios.entrySet()) {
			results.add(measure(http, scenario.getKey(), scenario.getValue()));
		}
		write(size, generateSeconds, baseline, results);
		for (Latencies result : results) {
			assertThat(result.p95()).as(result.scenario()).isLessThan(200);
		}
	}

	private Latencies measure(HttpClient http, String name, String target) throws Exception {
		boolean htmx = target.endsWith("|htmx");
		String path = htmx ? target.substring(0, target.length() - 5) : target;
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (htmx) {
			builder.header("HX-Request", "true");
		}
		HttpRequest request = builder.build();
		for (int i = 0; i < WARM_UP; i++) {
			send(http, request);
		}
		double[] millis = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			send(http, request);
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		return new Latencies(name, millis);
	}

	private static void send(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
		}
	}

	private void signIn(HttpClient http) throws Exception {
		String base = "http://localhost:" + this.port;
		String page = http
			.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(csrf.find()).isTrue();
		String form = "username=bench&password=bench-password&_csrf=" + encode(csrf.group(1));
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
	}

	private static void write(int size, double generateSeconds, Latencies baseline, List<Latencies> results)
			throws IOException {
		StringBuilder report = new StringBuilder();
		report.append("Facilities: ")
			.append(size)
			.append(" (generated in ")
			.append(String.format("%.1f", generateSeconds))
			.append(" s); ")
			.append(RUNS)
			.append(" requests per scenario after ")
			.append(WARM_UP)
			.append(" warm-up requests\n\n");
		report.append("| scenario | p50 ms | p95 ms | p95 / baseline p95 |\n|---|---:|---:|---:|\n");
		report
			.append(String.format("| %s | %.1f | %.1f | 1.0 |%n", baseline.scenario(), baseline.p50(), baseline.p95()));
		for (Latencies result : results) {
			report.append(String.format("| %s | %.1f | %.1f | %.1f |%n", result.scenario(), result.p50(), result.p95(),
					result.p95() / baseline.p95()));
		}
		Path file = Path.of("target/bench/facility-list-" + size + ".md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, report.toString());
		System.out.println(report);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
