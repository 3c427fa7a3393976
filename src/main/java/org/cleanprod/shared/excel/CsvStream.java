package org.cleanprod.shared.excel;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records one at a time from a stream, so files of a million rows never sit in
 * memory. Same rules as {@link Csv}: RFC 4180 quoting, a byte-order mark skipped, comma
 * or (when the header has more of them) semicolon separators.
 */
public final class CsvStream {

	private static final int NONE = -2;

	private final Reader reader;

	private char separator;

	private int pushedBack = NONE;

	private boolean first = true;

	public CsvStream(Reader reader) {
		this.reader = reader;
	}

	/** The next record, or null at the end of the input. */
	public List<String> next() {
		try {
			if (this.first) {
				this.first = false;
				return readHeader();
			}
			return read();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<String> readHeader() throws IOException {
		StringBuilder line = new StringBuilder();
		int c = this.reader.read();
		if (c == '\uFEFF') {
			c = this.reader.read();
		}
		while (c != -1 && c != '\n') {
			line.append((char) c);
			c = this.reader.read();
		}
		long semicolons = line.chars().filter(ch -> ch == ';').count();
		long commas = line.chars().filter(ch -> ch == ',').count();
		this.separator = (semicolons > commas) ? ';' : ',';
		if (line.isEmpty() && c == -1) {
			return null;
		}
		List<List<String>> parsed = Csv.parse(line.toString(), this.separator);
		return parsed.isEmpty() ? List.of() : parsed.getFirst();
	}

	private List<String> read() throws IOException {
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean started = false;
		while (true) {
			int c = nextChar();
			if (c == -1) {
				if (started || !field.isEmpty() || !record.isEmpty()) {
					record.add(field.toString());
					return record;
				}
				return null;
			}
			char ch = (char) c;
			if (quoted) {
				if (ch == '"') {
					int after = nextChar();
					if (after == '"') {
						field.append('"');
					}
					else {
						quoted = false;
						this.pushedBack = after;
					}
				}
				else {
					field.append(ch);
				}
			}
			else if (ch == '"' && field.isEmpty()) {
				quoted = true;
				started = true;
			}
			else if (ch == this.separator) {
				record.add(field.toString());
				field.setLength(0);
				started = true;
			}
			else if (ch == '\n' || ch == '\r') {
				if (ch == '\r') {
					int after = nextChar();
					if (after != '\n') {
						this.pushedBack = after;
					}
				}
				if (started || !field.isEmpty() || !record.isEmpty()) {
					record.add(field.toString());
					return record;
				}
			}
			else {
				field.append(ch);
				started = true;
			}
		}
	}

	private int nextChar() throws IOException {
		if (this.pushedBack != NONE) {
			int c = this.pushedBack;
			this.pushedBack = NONE;
			return c;
		}
		return this.reader.read();
	}

}
