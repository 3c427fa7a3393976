package org.cleanprod.shared.excel;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cleanprod.shared.upload.UploadLimit;
import org.cleanprod.shared.upload.UploadLimitExceededException;
import org.cleanprod.shared.upload.UploadLimits;
import org.cleanprod.test.CraftedFiles;
import org.cleanprod.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Files crafted to exhaust the reader are refused before they are read whole, each naming
 * the limit it went past; files as Excel writes them, prefixes and all, still read.
 */
@IntegrationTest
class SheetReaderLimitsTests {

	private static final List<ImportColumn> COLUMNS = List.of(ImportColumn.required("row", "import.column.row"),
			ImportColumn.optional("reason", "import.column.reason"));

	@Autowired
	SheetReader reader;

	@Test
	void aCellAtColumnAAAAAAAIsRefusedBeforeItsColumnsAreAllocated() {
		byte[] file = CraftedFiles.xlsx(CraftedFiles.row(1, List.of("Dòng"))
				+ "<row r=\"2\"><c r=\"AAAAAAA2\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
		assertThat(file.length).as("about 1.6 KB").isLessThan(2_000);
		assertLimit(() -> read("cot.xlsx", file), UploadLimit.COLUMNS, 16_384L);
	}

	@Test
	void aQuarterBillionCharacterInlineStringIsRefusedWhileUnpacking() {
		byte[] file = CraftedFiles.xlsx(CraftedFiles.hugeInlineString(1, 256L * 1024 * 1024, 'a'));
		assertThat(file.length).as("about 262 KB").isBetween(200_000, 400_000);
		assertLimit(() -> read("chuoi.xlsx", file), UploadLimit.CELL_CHARACTERS, 32_767L);
		UploadLimits.Limits longCells = new UploadLimits.Limits(
				Map.of(UploadLimit.CELL_CHARACTERS, Long.MAX_VALUE, UploadLimit.ROW_CHARACTERS, Long.MAX_VALUE));
		assertLimit(() -> XlsxGuard.check(file, longCells), UploadLimit.INFLATE_RATIO, 100L);
	}

	@Test
	void aZipOfMoreEntriesThanTheLimitIsRefusedBeforeItsDirectoryIsRead() {
		Map<String, CraftedFiles.Part> parts = new java.util.LinkedHashMap<>();
		for (int i = 0; i <= UploadLimit.ZIP_ENTRIES.defaultValue(); i++) {
			parts.put("xl/media/empty" + i + ".bin", out -> {
			});
		}
		assertLimit(() -> read("nhieu.xlsx", CraftedFiles.xlsxWith(parts)), UploadLimit.ZIP_ENTRIES, 1_000L);
	}

	@Test
	void entriesThatUnpackPastTheTotalAreRefused() {
		byte[] noise = new byte[700_000];
		new java.util.Random(7).nextBytes(noise);
		byte[] file = CraftedFiles
			.xlsxWith(Map.of("xl/media/a.bin", out -> out.write(noise), "xl/media/b.bin", out -> out.write(noise)));
		UploadLimits.Limits small = new UploadLimits.Limits(Map.of(UploadLimit.UNCOMPRESSED_BYTES, 1_048_576L));
		assertLimit(() -> XlsxGuard.check(file, small), UploadLimit.UNCOMPRESSED_BYTES, 1L);
	}

	@Test
	void aDoctypeIsRefusedAndSoIsMarkupNestedTooDeep() {
		byte[] doctype = CraftedFiles.xlsxWith(Map.of("xl/worksheets/sheet1.xml",
				CraftedFiles.text("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaa\">]><worksheet/>")));
		assertFileError(() -> read("dtd.xlsx", doctype), "import.error.doctype");
		String deep = "<a>".repeat(200) + "</a>".repeat(200);
		byte[] nested = CraftedFiles.xlsx(deep);
		assertFileError(() -> read("sau.xlsx", nested), "import.error.xmlStructure");
		byte[] longTag = CraftedFiles.xlsx("<row r=\"1\" x=\"" + "y".repeat(100_000) + "\"/>");
		assertFileError(() -> read("the.xlsx", longTag), "import.error.xmlStructure");
	}

	@Test
	void prefixedCellsAreCheckedByTheirLocalName() {
		String prefixed = "<x:row r=\"1\"><x:c r=\"XFE1\" t=\"inlineStr\"><x:is><x:t>a</x:t></x:is></x:c></x:row>";
		byte[] file = CraftedFiles.xlsxWith(Map.of("xl/worksheets/sheet1.xml",
				CraftedFiles.text("<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
						+ "<x:sheetData>" + prefixed + "</x:sheetData></x:worksheet>")));
		assertLimit(() -> read("tien-to.xlsx", file), UploadLimit.COLUMNS, 16_384L);
	}

	@Test
	void cellsRowsRowCharactersAndSharedStringsAreCountedAgainstTheirLimits() {
		UploadLimits.Limits small = new UploadLimits.Limits(Map.of(UploadLimit.COLUMNS, 5L, UploadLimit.ROWS, 3L,
				UploadLimit.ROW_CHARACTERS, 50L, UploadLimit.SHARED_STRINGS_BYTES, 1_048_576L));
		String sixCells = "<row>" + "<c><v>1</v></c>".repeat(6) + "</row>";
		assertLimit(() -> XlsxGuard.check(CraftedFiles.xlsx(sixCells), small), UploadLimit.COLUMNS, 5L);
		String fourRows = "<row><c><v>1</v></c></row>".repeat(4);
		assertLimit(() -> XlsxGuard.check(CraftedFiles.xlsx(fourRows), small), UploadLimit.ROWS, 3L);
		String wide = CraftedFiles.row(1, List.of("x".repeat(30), "y".repeat(30)));
		assertLimit(() -> XlsxGuard.check(CraftedFiles.xlsx(wide), small), UploadLimit.ROW_CHARACTERS, 50L);
		StringBuilder strings = new StringBuilder(
				"<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
		for (int i = 0; i < 100_000; i++) {
			strings.append("<si><t>").append(Integer.toHexString(i * 7919)).append("</t></si>");
		}
		byte[] sst = CraftedFiles.xlsxWith(Map.of("xl/sharedStrings.xml", CraftedFiles.text(strings + "</sst>")));
		assertLimit(() -> XlsxGuard.check(sst, small), UploadLimit.SHARED_STRINGS_BYTES, 1L);
	}

	@Test
	void aPartStartingWithMuchWhiteSpaceIsStillScanned() {
		String sheet = " ".repeat(200_000) + "<worksheet><sheetData><row><c r=\"AAAAAAA1\"><v>1</v></c></row>"
				+ "</sheetData></worksheet>";
		byte[] file = CraftedFiles.xlsxWith(Map.of("xl/worksheets/sheet1.xml", CraftedFiles.text(sheet)));
		assertThatThrownBy(() -> read("trang.xlsx", file)).isInstanceOf(UploadLimitExceededException.class);
	}

	@Test
	void anXmlPartInUtf16IsRefused() {
		byte[] file = CraftedFiles.xlsxWith(Map.of("xl/worksheets/sheet1.xml", out -> {
			out.write(new byte[] { (byte) 0xFF, (byte) 0xFE });
			out.write("<worksheet/>".getBytes(StandardCharsets.UTF_16LE));
		}));
		assertFileError(() -> read("utf16.xlsx", file), "import.error.unreadable");
	}

	@Test
	void aCsvFileMustBeUtf8AndWithinTheLimits() {
		byte[] utf16 = "\uFEFFDòng\n1\n".getBytes(StandardCharsets.UTF_16LE);
		assertFileError(() -> read("u.csv", utf16), "import.error.utf16");
		byte[] windows1258 = "Dòng\nCông ty\n".getBytes(java.nio.charset.Charset.forName("windows-1258"));
		assertFileError(() -> read("w.csv", windows1258), "import.error.notUtf8");
		String longField = "Dòng\n\"" + "a".repeat(40_000) + "\"\n";
		assertLimit(() -> read("dai.csv", longField.getBytes(StandardCharsets.UTF_8)), UploadLimit.CELL_CHARACTERS,
				32_767L);
		String manyFields = "Dòng\n" + "1,".repeat(20_000) + "\n";
		assertLimit(() -> read("rong.csv", manyFields.getBytes(StandardCharsets.UTF_8)), UploadLimit.COLUMNS, 16_384L);
		UploadLimits.Limits small = new UploadLimits.Limits(Map.of(UploadLimit.ROW_CHARACTERS, 10L));
		CsvStream csv = new CsvStream(new StringReader("a\n123456,789012\n"), small);
		csv.next();
		assertLimit(csv::next, UploadLimit.ROW_CHARACTERS, 10L);
	}

	@Test
	void aFileAsExcelWritesItStillReads() {
		byte[] file = CraftedFiles
			.xlsx(CraftedFiles.row(1, List.of("Dòng", "Lý do")) + CraftedFiles.row(2, List.of("7", "Được")));
		List<SheetRow> rows = read("dung.xlsx", file);
		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.get("row")).isEqualTo("7");
			assertThat(row.get("reason")).isEqualTo("Được");
		});
		assertThat(read("dung.csv", "\uFEFFDòng;Lý do\n8;Tốt\n".getBytes(StandardCharsets.UTF_8))).singleElement()
			.satisfies(row -> assertThat(row.get("reason")).isEqualTo("Tốt"));
	}

	@Test
	void echoedValuesAreCutToEightyCharacters() {
		ImportFileException error = new ImportFileException("import.error.unknown", "x".repeat(40_000));
		assertThat((String) error.arguments()[0]).hasSize(RowCheck.ECHO).endsWith("…");
	}

	private List<SheetRow> read(String name, byte[] content) {
		List<SheetRow> rows = new ArrayList<>();
		this.reader.stream(name, content, COLUMNS, rows::add);
		return rows;
	}

	private static void assertLimit(Executable work, UploadLimit limit, long shown) {
		assertThatThrownBy(work::execute).isInstanceOfSatisfying(UploadLimitExceededException.class, ex -> {
			assertThat(ex.limit()).isEqualTo(limit);
			assertThat(ex.messageKey()).isEqualTo(limit.exceededKey());
			assertThat(ex.arguments()).containsExactly(shown);
		});
	}

	private static void assertFileError(Executable work, String key) {
		assertThatThrownBy(work::execute).isInstanceOfSatisfying(ImportFileException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo(key));
	}

}
