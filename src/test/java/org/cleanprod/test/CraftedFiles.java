package org.cleanprod.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * XLSX and CSV files as an attacker or a careless tool writes them, built part by part so
 * that each test names exactly what is odd about its file. A part may be streamed
 * ({@link Part}), so a sheet that unpacks to hundreds of megabytes is made without ever
 * being held in memory.
 */
public final class CraftedFiles {

	/** Writes the content of one part to the zip. */
	@FunctionalInterface
	public interface Part {

		void writeTo(OutputStream output) throws IOException;

	}

	private static final String CONTENT_TYPES = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
			<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
			<Default Extension="xml" ContentType="application/xml"/>
			<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
			<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
			<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
			</Types>""";

	private static final String RELS = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
			<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
			</Relationships>""";

	private static final String WORKBOOK = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
			<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets>
			</workbook>""";

	private static final String WORKBOOK_RELS = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
			<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
			<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
			</Relationships>""";

	private static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
			+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";

	private static final String SHEET_END = "</sheetData></worksheet>";

	private CraftedFiles() {
	}

	/**
	 * A workbook of one sheet whose sheetData holds these rows (XML), with no shared
	 * strings.
	 */
	public static byte[] xlsx(String rows) {
		return xlsx(out -> out.write(rows.getBytes(StandardCharsets.UTF_8)));
	}

	/** A workbook of one sheet whose sheetData is streamed. */
	public static byte[] xlsx(Part rows) {
		return xlsxWith(Map.of("xl/worksheets/sheet1.xml", sheet(rows)));
	}

	/** The parts of a minimal workbook, with these parts added or replacing them. */
	public static byte[] xlsxWith(Map<String, Part> parts) {
		Map<String, Part> all = new LinkedHashMap<>();
		all.put("[Content_Types].xml", text(CONTENT_TYPES));
		all.put("_rels/.rels", text(RELS));
		all.put("xl/workbook.xml", text(WORKBOOK));
		all.put("xl/_rels/workbook.xml.rels", text(WORKBOOK_RELS));
		all.put("xl/sharedStrings.xml", text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"0\"/>"));
		all.put("xl/worksheets/sheet1.xml", sheet(out -> {
		}));
		all.putAll(parts);
		return zip(all);
	}

	/** A sheet part around streamed sheetData content. */
	public static Part sheet(Part rows) {
		return out -> {
			out.write(SHEET_START.getBytes(StandardCharsets.UTF_8));
			rows.writeTo(out);
			out.write(SHEET_END.getBytes(StandardCharsets.UTF_8));
		};
	}

	public static Part text(String text) {
		return out -> out.write(text.getBytes(StandardCharsets.UTF_8));
	}

	/** A row of inline-string cells in columns A, B, C…, XML-escaped. */
	public static String row(int number, List<String> values) {
		StringBuilder row = new StringBuilder("<row r=\"" + number + "\">");
		for (int i = 0; i < values.size(); i++) {
			if (values.get(i) != null) {
				row.append("<c r=\"")
					.append(column(i + 1))
					.append(number)
					.append("\" t=\"inlineStr\"><is><t>")
					.append(escape(values.get(i)))
					.append("</t></is></c>");
			}
		}
		return row.append("</row>").toString();
	}

	/** The letters of a column: 1 is A, 27 is AA. */
	public static String column(long number) {
		StringBuilder letters = new StringBuilder();
		for (long n = number; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return letters.toString();
	}

	/** One inline string of {@code length} times the character, streamed. */
	public static Part hugeInlineString(int row, long length, char character) {
		return out -> {
			out.write(("<row r=\"" + row + "\"><c r=\"A" + row + "\" t=\"inlineStr\"><is><t>")
				.getBytes(StandardCharsets.UTF_8));
			byte[] chunk = new byte[1 << 16];
			java.util.Arrays.fill(chunk, (byte) character);
			for (long left = length; left > 0; left -= chunk.length) {
				out.write(chunk, 0, (int) Math.min(chunk.length, left));
			}
			out.write("</t></is></c></row>".getBytes(StandardCharsets.UTF_8));
		};
	}

	/** The parts as a zip, deflated at the best level. */
	public static byte[] zip(Map<String, Part> parts) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			for (Map.Entry<String, Part> part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				part.getValue().writeTo(zip);
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	public static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
