package org.cleanprod.shared.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.text.Texts;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads the first sheet of an XLSX file (streaming, with fastexcel-reader) or a CSV file
 * into rows keyed by column. The header row is found by its titles, in Vietnamese or
 * English, in any order; extra columns are ignored and blank rows skipped.
 */
@Component
public class SheetReader {

	private final MessageSource messages;

	SheetReader(MessageSource messages) {
		this.messages = messages;
	}

	public List<SheetRow> read(String fileName, byte[] content, List<ImportColumn> columns) {
		String name = (fileName != null) ? fileName.toLowerCase(Locale.ROOT) : "";
		List<List<String>> records;
		if (name.endsWith(".xlsx")) {
			if (!ReadableWorkbook.isOOXMLZipHeader(content)) {
				throw new ImportFileException("import.error.unreadable");
			}
			records = readXlsx(content);
		}
		else if (name.endsWith(".csv")) {
			records = Csv.read(new ByteArrayInputStream(content));
		}
		else {
			throw new ImportFileException("import.error.unsupportedType");
		}
		if (records.isEmpty()) {
			throw new ImportFileException("import.error.emptyFile");
		}
		Map<String, Integer> positions = headerPositions(records.getFirst(), columns);
		List<SheetRow> rows = new ArrayList<>();
		for (int i = 1; i < records.size(); i++) {
			List<String> record = records.get(i);
			Map<String, String> values = new LinkedHashMap<>();
			positions
				.forEach((key, position) -> values.put(key, (position < record.size()) ? record.get(position) : null));
			SheetRow row = new SheetRow(i + 1, values);
			if (!row.isBlank()) {
				rows.add(row);
			}
		}
		if (rows.isEmpty()) {
			throw new ImportFileException("import.error.emptyFile");
		}
		return rows;
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

	private static List<List<String>> readXlsx(byte[] content) {
		try (InputStream input = new ByteArrayInputStream(content);
				ReadableWorkbook workbook = new ReadableWorkbook(input);
				Stream<Row> rows = workbook.getFirstSheet().openStream()) {
			List<List<String>> records = new ArrayList<>();
			rows.forEach(row -> {
				while (records.size() < row.getRowNum() - 1) {
					records.add(List.of());
				}
				List<String> record = new ArrayList<>();
				for (int i = 0; i < row.getCellCount(); i++) {
					record.add(text(row.getCell(i)));
				}
				records.add(record);
			});
			return records;
		}
		catch (IOException | RuntimeException ex) {
			throw new ImportFileException("import.error.unreadable");
		}
	}

	/** Numbers come as plain digits ("1234.5"), whatever the cell's display format. */
	private static String text(Cell cell) {
		if (cell == null) {
			return null;
		}
		if (cell.getType() == CellType.NUMBER) {
			BigDecimal number = cell.asNumber();
			return number.stripTrailingZeros().toPlainString();
		}
		return cell.getText();
	}

}
