package org.cleanprod.shared.excel;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.cleanprod.shared.upload.UploadLimit;
import org.cleanprod.shared.upload.UploadLimitExceededException;
import org.cleanprod.shared.upload.UploadLimits;

/**
 * Reads CSV records one at a time from a stream, so files of a million rows never sit in
 * memory. Same rules as {@link Csv}: RFC 4180 quoting, a byte-order mark skipped, comma
 * or (when the header has more of them) semicolon separators. A field longer than
 * {@link UploadLimit#CELL_CHARACTERS}, a record of more fields than
 * {@link UploadLimit#COLUMNS} or more characters than {@link UploadLimit#ROW_CHARACTERS}
 * is refused as soon as it is read that far, so no record is ever built past them.
 */
public final class CsvStream {

	private static final int NONE = -2;

	private final Reader reader;

	private char separator;

	private int pushedBack = NONE;

	private boolean first = true;

	private final long fieldLimit;

	private final long fieldsLimit;

	private final long recordLimit;

	private long recordCharacters;

	public CsvStream(Reader reader) {
		this(reader, UploadLimits.Limits.defaults());
	}

	public CsvStream(Reader reader, UploadLimits.Limits limits) {
		this.reader = reader;
		this.fieldLimit = limits.get(UploadLimit.CELL_CHARACTERS);
		this.fieldsLimit = limits.get(UploadLimit.COLUMNS);
		this.recordLimit = limits.get(UploadLimit.ROW_CHARACTERS);
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
			if (line.length() > this.recordLimit) {
				throw new UploadLimitExceededException(UploadLimit.ROW_CHARACTERS, this.recordLimit);
			}
			c = this.reader.read();
		}
		long semicolons = line.chars().filter(ch -> ch == ';').count();
		long commas = line.chars().filter(ch -> ch == ',').count();
		this.separator = (semicolons > commas) ? ';' : ',';
		if (line.isEmpty() && c == -1) {
			return null;
		}
		List<List<String>> parsed = Csv.parse(line.toString(), this.separator);
		List<String> header = parsed.isEmpty() ? List.of() : parsed.getFirst();
		if (header.size() > this.fieldsLimit) {
			throw new UploadLimitExceededException(UploadLimit.COLUMNS, this.fieldsLimit);
		}
		for (String field : header) {
			if (field.length() > this.fieldLimit) {
				throw new UploadLimitExceededException(UploadLimit.CELL_CHARACTERS, this.fieldLimit);
			}
		}
		return header;
	}

	private List<String> read() throws IOException {
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean started = false;
		this.recordCharacters = 0;
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
						append(field, '"');
					}
					else {
						quoted = false;
						this.pushedBack = after;
					}
				}
				else {
					append(field, ch);
				}
			}
			else if (ch == '"' && field.isEmpty()) {
				quoted = true;
				started = true;
			}
			else if (ch == this.separator) {
				if (record.size() + 1 >= this.fieldsLimit) {
					throw new UploadLimitExceededException(UploadLimit.COLUMNS, this.fieldsLimit);
				}
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
				append(field, ch);
				started = true;
			}
		}
	}

	private void append(StringBuilder field, char ch) {
		if (field.length() >= this.fieldLimit) {
			throw new UploadLimitExceededException(UploadLimit.CELL_CHARACTERS, this.fieldLimit);
		}
		if (++this.recordCharacters > this.recordLimit) {
			throw new UploadLimitExceededException(UploadLimit.ROW_CHARACTERS, this.recordLimit);
		}
		field.append(ch);
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
