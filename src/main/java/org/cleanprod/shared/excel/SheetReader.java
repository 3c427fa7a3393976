package org.cleanprod.shared.excel;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.text.Texts;
import org.cleanprod.shared.upload.UploadLimit;
import org.cleanprod.shared.upload.UploadLimitExceededException;
import org.cleanprod.shared.upload.UploadLimits;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads the first sheet of an XLSX file (streaming, with fastexcel-reader) or a CSV file
 * into rows keyed by column. The header row is found by its titles, in Vietnamese or
 * English, in any order; extra columns are ignored and blank rows skipped. Every file is
 * held to the {@link UploadLimits} in force: an XLSX file is checked by {@link XlsxGuard}
 * before fastexcel opens it, a CSV file as it is read; a file past a limit fails with
 * {@link UploadLimitExceededException}, before any row is handed on.
 */
@Component
public class SheetReader {

	/** The cached result of a formula, when it is a number: as XML writes a double. */
	private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([Ee][-+]?\\d+)?");

	private final MessageSource messages;

	private final UploadLimits limits;

	SheetReader(MessageSource messages, UploadLimits limits) {
		this.messages = messages;
		this.limits = limits;
	}

	public List<SheetRow> read(String fileName, byte[] content, List<ImportColumn> columns) {
		List<SheetRow> rows = new ArrayList<>();
		stream(fileName, content, columns, rows::add);
		if (rows.isEmpty()) {
			throw new ImportFileException("import.error.emptyFile");
		}
		return rows;
	}

	/**
	 * Streams the data rows of a file to the handler as
	 * {@link #stream(String, byte[], List, Consumer)} does; the input is read up to the
	 * size limit.
	 */
	public long stream(String fileName, InputStream input, List<ImportColumn> columns, Consumer<SheetRow> handler) {
		long limit = this.limits.current().get(UploadLimit.REQUEST_BYTES);
		try {
			byte[] content = input.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 16));
			if (content.length > limit) {
				throw new UploadLimitExceededException(UploadLimit.REQUEST_BYTES, limit);
			}
			return stream(fileName, content, columns, handler);
		}
		catch (IOException ex) {
			throw new ImportFileException("import.error.unreadable");
		}
	}

	/**
	 * Streams the data rows of a file to the handler, one at a time, and returns how many
	 * there were; blank rows are skipped. A CSV file is decoded as it goes; an XLSX file
	 * is checked whole first, then read as a stream.
	 */
	public long stream(String fileName, byte[] content, List<ImportColumn> columns, Consumer<SheetRow> handler) {
		String name = (fileName != null) ? fileName.toLowerCase(Locale.ROOT) : "";
		UploadLimits.Limits limits = this.limits.current();
		limits.check(UploadLimit.REQUEST_BYTES, content.length);
		RowSink sink = new RowSink(columns, handler, limits.get(UploadLimit.ROWS));
		if (name.endsWith(".xlsx")) {
			XlsxGuard.check(content, limits);
			streamXlsx(new ByteArrayInputStream(content), sink);
		}
		else if (name.endsWith(".csv")) {
			streamCsv(content, limits, sink);
		}
		else {
			throw new ImportFileException("import.error.unsupportedType");
		}
		if (!sink.headerSeen()) {
			throw new ImportFileException("import.error.emptyFile");
		}
		return sink.rows();
	}

	/** Turns records into rows: the first record is the header, the others data. */
	private final class RowSink {

		private final List<ImportColumn> columns;

		private final Consumer<SheetRow> handler;

		private Map<String, Integer> positions;

		private long rows;

		private final long recordLimit;

		private long records;

		RowSink(List<ImportColumn> columns, Consumer<SheetRow> handler, long recordLimit) {
			this.columns = columns;
			this.handler = handler;
			this.recordLimit = recordLimit;
		}

		void accept(int number, List<SheetCell> record) {
			if (++this.records > this.recordLimit) {
				throw new UploadLimitExceededException(UploadLimit.ROWS, this.recordLimit);
			}
			if (this.positions == null) {
				this.positions = headerPositions(
						record.stream().map(cell -> (cell != null) ? cell.text() : null).toList(), this.columns);
				return;
			}
			Map<String, SheetCell> values = new LinkedHashMap<>();
			this.positions
				.forEach((key, position) -> values.put(key, (position < record.size()) ? record.get(position) : null));
			SheetRow row = new SheetRow(number, values);
			if (!row.isBlank()) {
				this.rows++;
				this.handler.accept(row);
			}
		}

		boolean headerSeen() {
			return this.positions != null;
		}

		long rows() {
			return this.rows;
		}

	}

	/** The title of a column in the given language. */
	public String header(ImportColumn column, Locale locale) {
		return this.messages.getMessage(column.headerKey(), null, locale);
	}

	private Map<String, Integer> headerPositions(List<String> header, List<ImportColumn> columns) {
		Map<String, Integer> byTitle = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			byTitle.putIfAbsent(Texts.fold(stripRequiredMark(header.get(i))), i);
		}
		Map<String, Integer> positions = new LinkedHashMap<>();
		for (ImportColumn column : columns) {
			Integer position = Stream.of(Formats.VIETNAMESE, Locale.ENGLISH)
				.map(locale -> byTitle.get(Texts.fold(header(column, locale))))
				.filter(java.util.Objects::nonNull)
				.findFirst()
				.orElse(null);
			if (position != null) {
				positions.put(column.key(), position);
			}
			else if (column.required()) {
				throw new ImportFileException("import.error.missingColumn", header(column, Formats.VIETNAMESE));
			}
		}
		return positions;
	}

	/** Templates mark required columns with a trailing asterisk. */
	private static String stripRequiredMark(String title) {
		String stripped = (title != null) ? title.strip() : "";
		return stripped.endsWith("*") ? stripped.substring(0, stripped.length() - 1) : stripped;
	}

	/**
	 * A CSV file in UTF-8, with or without its byte-order mark; a file in UTF-16 (as
	 * Excel's "Unicode text") or with bytes that are not UTF-8 is refused, never guessed.
	 */
	private static void streamCsv(byte[] content, UploadLimits.Limits limits, RowSink sink) {
		if (content.length >= 2 && ((content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)
				|| (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE))) {
			throw new ImportFileException("import.error.utf16");
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		CsvStream csv = new CsvStream(
				new BufferedReader(new InputStreamReader(new ByteArrayInputStream(content), decoder), 1 << 16), limits);
		try {
			int number = 0;
			for (List<String> record = csv.next(); record != null; record = csv.next()) {
				sink.accept(++number, record.stream().map(field -> SheetCell.text(field)).toList());
			}
		}
		catch (UncheckedIOException ex) {
			if (ex.getCause() instanceof CharacterCodingException) {
				throw new ImportFileException("import.error.notUtf8");
			}
			throw new ImportFileException("import.error.unreadable");
		}
	}

	private static void streamXlsx(InputStream input, RowSink sink) {
		BufferedInputStream buffered = new BufferedInputStream(input);
		try {
			buffered.mark(8);
			byte[] header = buffered.readNBytes(8);
			buffered.reset();
			if (!ReadableWorkbook.isOOXMLZipHeader(header)) {
				throw new ImportFileException("import.error.unreadable");
			}
		}
		catch (IOException ex) {
			throw new ImportFileException("import.error.unreadable");
		}
		try (ReadableWorkbook workbook = new ReadableWorkbook(buffered);
				Stream<Row> rows = workbook.getFirstSheet().openStream()) {
			rows.forEach(row -> {
				List<SheetCell> record = new ArrayList<>(row.getCellCount());
				for (int i = 0; i < row.getCellCount(); i++) {
					record.add(cell(row.getCell(i)));
				}
				sink.accept(row.getRowNum(), record);
			});
		}
		catch (ImportFileException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new ImportFileException("import.error.unreadable");
		}
	}

	/**
	 * Whether an Excel number format shows a date: it has a year or a day, outside quoted
	 * text.
	 */
	static boolean isDate(String format) {
		if (format == null) {
			return false;
		}
		String bare = format.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^\\]]*\\]", "");
		return bare.contains("y") || bare.contains("d");
	}

	/**
	 * A cell with its type: a number (or a formula whose cached result is one) as a
	 * number, a number formatted as a date as a date, anything else as its text.
	 */
	private static SheetCell cell(Cell cell) {
		if (cell == null) {
			return null;
		}
		if (cell.getType() == CellType.NUMBER && isDate(cell.getDataFormatString())) {
			return SheetCell.date(cell.asDate().toLocalDate());
		}
		if (cell.getType() == CellType.NUMBER) {
			return SheetCell.number(cell.asNumber());
		}
		if (cell.getType() == CellType.FORMULA && cell.getRawValue() != null) {
			String cached = cell.getRawValue().strip();
			if (!isDate(cell.getDataFormatString()) && PLAIN_NUMBER.matcher(cached).matches()) {
				return SheetCell.number(new BigDecimal(cached));
			}
		}
		return SheetCell.text(cell.getText());
	}

}
