package org.cleanprod.access;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cleanprod.access.AccessWorld.Caller;
import org.cleanprod.access.AccessWorld.Variant;

/**
 * The declared access matrix ({@code access-matrix.txt}): for every endpoint, what each
 * caller gets with an id of its own, a foreign one and one that exists nowhere. A line is
 * {@code METHOD /path[?query] [json={...}] | cell × 8}, the cells in {@link Caller}
 * order; a cell is one status for all three ids, {@code own/refused} (foreign and none
 * alike) or {@code own/foreign/none}. In the query and the JSON, {@code {KIND}} stands
 * for an id of that {@link org.cleanprod.shared.security.ReferenceKind}.
 */
record AccessMatrix(Map<String, Row> rows) {

	static final String RESOURCE = "/access-matrix.txt";

	private static final Pattern LINE = Pattern
		.compile("(GET|POST|PUT|DELETE|PATCH)\\s+(\\S+?)(\\?\\S*)?(?:\\s+json=(.*?))?\\s*\\|(.*)");

	/** One endpoint of the matrix with what to send and what each caller gets. */
	record Row(String method, String path, String query, String json, Map<Caller, int[]> expected) {

		String key() {
			return this.method + " " + this.path;
		}

		/** The status expected for a caller's request with ids of a variant. */
		int expected(Caller caller, Variant variant) {
			return this.expected.get(caller)[variant.ordinal()];
		}

		/**
		 * The line this row would be with these statuses (own, foreign, none per caller).
		 */
		String line(Map<Caller, int[]> statuses) {
			StringBuilder line = new StringBuilder(
					"%-6s %s".formatted(this.method, this.path + ((this.query != null) ? this.query : "")));
			if (this.json != null) {
				line.append(" json=").append(this.json);
			}
			line.append(" |");
			for (Caller caller : Caller.values()) {
				line.append(' ').append(cell(statuses.get(caller)));
			}
			return line.toString();
		}

		private static String cell(int[] statuses) {
			if (statuses[0] == statuses[1] && statuses[1] == statuses[2]) {
				return String.valueOf(statuses[0]);
			}
			if (statuses[1] == statuses[2]) {
				return statuses[0] + "/" + statuses[1];
			}
			return statuses[0] + "/" + statuses[1] + "/" + statuses[2];
		}

	}

	static AccessMatrix read() throws IOException {
		Map<String, Row> rows = new LinkedHashMap<>();
		try (InputStream input = AccessMatrix.class.getResourceAsStream(RESOURCE)) {
			String[] lines = new String(input.readAllBytes(), StandardCharsets.UTF_8).split("\n");
			for (String text : lines) {
				String line = text.strip();
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				Matcher matcher = LINE.matcher(line);
				if (!matcher.matches()) {
					throw new IllegalStateException("Malformed line of the access matrix: " + line);
				}
				Row row = new Row(matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4),
						cells(line, matcher.group(5).strip()));
				if (rows.put(row.key(), row) != null) {
					throw new IllegalStateException("Two lines for " + row.key());
				}
			}
		}
		return new AccessMatrix(rows);
	}

	private static Map<Caller, int[]> cells(String line, String text) {
		String[] cells = text.isEmpty() ? new String[0] : text.split("\\s+");
		Map<Caller, int[]> expected = new LinkedHashMap<>();
		if (cells.length != Caller.values().length) {
			// A line without its statuses yet: nothing is expected, the test prints what
			// it saw.
			Arrays.stream(Caller.values()).forEach(caller -> expected.put(caller, new int[] { 0, 0, 0 }));
			return expected;
		}
		for (Caller caller : Caller.values()) {
			List<Integer> statuses = new ArrayList<>();
			for (String status : cells[caller.ordinal()].split("/")) {
				statuses.add(Integer.valueOf(status));
			}
			int own = statuses.get(0);
			int foreign = (statuses.size() > 1) ? statuses.get(1) : own;
			int none = (statuses.size() > 2) ? statuses.get(2) : foreign;
			if (statuses.size() > 3) {
				throw new IllegalStateException("A cell has at most three statuses: " + line);
			}
			if (statuses.stream().anyMatch(status -> status >= 500)) {
				throw new IllegalStateException("A server error is never what a caller should get: " + line);
			}
			expected.put(caller, new int[] { own, foreign, none });
		}
		return expected;
	}

}
