package org.cleanprod.shared.excel;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CellsTests {

	@Test
	void readsYesAndNoInBothLanguages() {
		assertThat(Cells.yesNo("Có")).isTrue();
		assertThat(Cells.yesNo("yes")).isTrue();
		assertThat(Cells.yesNo("Không")).isFalse();
		assertThat(Cells.yesNo(null)).isFalse();
		assertThat(Cells.yesNo("maybe")).isNull();
	}

	@Test
	void tellsDateFormatsFromNumberFormats() {
		assertThat(SheetReader.isDate("mm/yyyy")).isTrue();
		assertThat(SheetReader.isDate("d/m/yy")).isTrue();
		assertThat(SheetReader.isDate("[$-409]mmm-yy")).isTrue();
		assertThat(SheetReader.isDate("#,##0.00")).isFalse();
		assertThat(SheetReader.isDate("0.0\" days\"")).isFalse();
		assertThat(SheetReader.isDate("General")).isFalse();
	}

	@Test
	void streamsCsvRecordsOneAtATime() {
		CsvStream csv = new CsvStream(new java.io.StringReader("\uFEFFa;b\r\n1;\"x\"\"y\"\r\n\r\n2;z"));
		assertThat(csv.next()).containsExactly("a", "b");
		assertThat(csv.next()).containsExactly("1", "x\"y");
		assertThat(csv.next()).containsExactly("2", "z");
		assertThat(csv.next()).isNull();
	}

	@Test
	void readsQuotedCsvFieldsAndSemicolonFiles() {
		String text = "\uFEFFa;b;c\n\"x;1\";\"say \"\"hi\"\"\";\"two\nlines\"\n";
		List<List<String>> records = Csv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
		assertThat(records).containsExactly(List.of("a", "b", "c"), List.of("x;1", "say \"hi\"", "two\nlines"));
	}

}
