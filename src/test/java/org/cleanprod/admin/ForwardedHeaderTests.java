package org.cleanprod.admin;

import org.cleanprod.admin.users.UserAccount;
import org.cleanprod.admin.users.UserAccountRepository;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cleanprod.shared.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headers a client writes itself, sent to the real server (its connector, not a mock):
 * {@code X-Forwarded-For} from a peer that is no trusted proxy changes neither the login
 * throttle nor the audit trail, and neither {@code Host} nor {@code X-Forwarded-Host}
 * ends up in a redirect. The server runs with no trusted proxy, as it does by default.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ForwardedHeaderTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	int port;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	UserAccount officer;

	@BeforeEach
	void createAccount() {
		this.officer = this.transactions.execute(status -> this.accounts
			.saveAndFlush(new UserAccount(Accounts.freshUsername("forwarded"), "Người thử tiêu đề chuyển tiếp",
					this.encoder.encode(PASSWORD), Role.DEPARTMENT_OFFICER, Instant.now())));
	}

	@AfterEach
	void deleteAccount() {
		this.transactions.executeWithoutResult(status -> {
			this.jdbc.sql("DELETE FROM login_failure WHERE attempt_key LIKE :name")
				.param("name", this.officer.getUsername() + "|%")
				.update();
			this.accounts.deleteById(this.officer.getId());
		});
	}

	@Test
	void aRotatedForwardedForDoesNotEscapeTheLoginLock() throws Exception {
		Client client = new Client();
		String token = client.csrfToken("/login");
		int refused = 0;
		for (int guess = 1; guess <= 30; guess++) {
			HttpResponse<String> answer = client.post("/login",
					Map.of("username", this.officer.getUsername(), "password", "guess " + guess, "_csrf", token),
					"X-Forwarded-For", "198.51.100." + guess);
			assertThat(answer.statusCode()).isEqualTo(302);
			if (location(answer).endsWith("/login?locked")) {
				refused++;
			}
		}
		assertThat(refused).as("guesses refused by the lock").isEqualTo(25);
		HttpResponse<String> right = client.post("/login",
				Map.of("username", this.officer.getUsername(), "password", PASSWORD, "_csrf", token), "X-Forwarded-For",
				"198.51.100.250");
		assertThat(location(right)).endsWith("/login?locked");
	}

	@Test
	void theAuditTrailRecordsTheConnectionsAddressNotAForgedOne() throws Exception {
		Client client = new Client();
		client.signIn(this.officer.getUsername());
		String token = client.csrfToken("/account");
		HttpResponse<String> created = client.post("/account/tokens", Map.of("name", "Kịch bản", "_csrf", token),
				"X-Forwarded-For", "203.0.113.9");
		assertThat(created.statusCode()).isEqualTo(200);
		assertThat(this.jdbc.sql("""
				SELECT remote_address FROM audit_log
				WHERE entity_type = 'token' AND actor_id = :user AND action = 'CREATE'
				""").param("user", this.officer.getId()).query(String.class).list()).singleElement()
			.isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
	}

	@Test
	void aRedirectNamesNeitherTheHostNorTheForwardedHostHeader() throws Exception {
		String answer = rawGet("/account", "Host: attacker.example", "X-Forwarded-Host: evil.example",
				"X-Forwarded-Proto: https");
		assertThat(answer).startsWith("HTTP/1.1 302");
		String location = answer.lines()
			.filter(line -> line.regionMatches(true, 0, "Location:", 0, 9))
			.findFirst()
			.orElseThrow()
			.substring(9)
			.strip();
		assertThat(location).doesNotContain("attacker.example").doesNotContain("evil.example").startsWith("/login");
	}

	/** Sends a request as written, with headers an HTTP client library would not send. */
	private String rawGet(String path, String... headers) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream output = socket.getOutputStream();
			StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\n");
			for (String header : headers) {
				request.append(header).append("\r\n");
			}
			request.append("Connection: close\r\n\r\n");
			output.write(request.toString().getBytes(StandardCharsets.US_ASCII));
			output.flush();
			BufferedReader reader = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
			StringBuilder head = new StringBuilder();
			for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
				head.append(line).append('\n');
			}
			return head.toString();
		}
	}

	private static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	/** A browser-like client: keeps cookies, follows no redirect. */
	private final class Client {

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		HttpResponse<String> get(String path) throws Exception {
			return this.http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, Map<String, String> form, String... headers) throws Exception {
			String body = new LinkedHashMap<>(form).entrySet()
				.stream()
				.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body));
			if (headers.length > 0) {
				request.headers(headers);
			}
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}

		String csrfToken(String path) throws Exception {
			HttpResponse<String> page = get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			Matcher matcher = CSRF.matcher(page.body());
			assertThat(matcher.find()).as("CSRF field on " + path).isTrue();
			return matcher.group(1);
		}

		void signIn(String username) throws Exception {
			HttpResponse<String> answer = post("/login",
					Map.of("username", username, "password", PASSWORD, "_csrf", csrfToken("/login")));
			assertThat(location(answer)).doesNotContain("/login");
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + ForwardedHeaderTests.this.port + path);
		}

	}

}
