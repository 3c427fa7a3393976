package org.cleanprod.shared.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RFC 4180 reader: quoted fields with embedded separators, quotes and line
 * breaks; a UTF-8 byte-order mark is skipped; the separator is a comma, or a semicolon
 * when the header line has more semicolons than commas (as Excel writes CSV in Vietnamese
 * locales).
 */
public final class Csv {

	private Csv() {
	}

	/** All records of a CSV text, the header included. */
	public static List<List<String>> read(InputStream input) {
		try (Reader reader = new InputStreamReader(input, StandardCharsets.UTF_8)) {
			String text = new String(readAll(reader));
			if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
				text = text.substring(1);
			}
			return parse(text, separator(text));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The data records of a CSV text as maps from header names to values. */
	public static List<Map<String, String>> readMaps(InputStream input) {
		List<List<String>> records = read(input);
		if (records.isEmpty()) {
			return List.of();
		}
		List<String> header = records.getFirst();
		List<Map<String, String>> rows = new ArrayList<>();
		for (List<String> record : records.subList(1, records.size())) {
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				row.put(header.get(i).strip(), (i < record.size()) ? record.get(i) : "");
			}
			rows.add(row);
		}
		return rows;
	}

	private static char[] readAll(Reader reader) throws IOException {
		StringBuilder builder = new StringBuilder();
		char[] buffer = new char[8192];
		for (int n; (n = reader.read(buffer)) != -1;) {
			builder.append(buffer, 0, n);
		}
		return builder.toString().toCharArray();
	}

	private static char separator(String text) {
		int end = text.indexOf('\n');
		String header = (end >= 0) ? text.substring(0, end) : text;
		long semicolons = header.chars().filter(c -> c == ';').count();
		long commas = header.chars().filter(c -> c == ',').count();
		return (semicolons > commas) ? ';' : ',';
	}

	static List<List<String>> parse(String text, char separator) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean fieldStarted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
				fieldStarted = true;
			}
			else if (c == separator) {
				record.add(field.toString());
				field.setLength(0);
				fieldStarted = true;
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
					record.add(field.toString());
					records.add(record);
				}
				record = new ArrayList<>();
				field.setLength(0);
				fieldStarted = false;
			}
			else {
				field.append(c);
				fieldStarted = true;
			}
		}
		if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
			record.add(field.toString());
			records.add(record);
		}
		return records;
	}

}
