package org.cleanprod.shared.excel;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.i18n.NumberStyle;
import org.cleanprod.shared.upload.UploadLimits;
import org.cleanprod.test.Spreadsheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Properties of the number policy over generated values (a fixed seed, so a failure
 * repeats): every number the pages, exports and templates show reads back to the same
 * value through every input path, in both languages; every XLSX number, as Apache POI and
 * fastexcel write it, with 0 to 6 decimals and with the binary noise of a double, imports
 * exactly.
 */
class NumberRoundTripTests {

	private static final int CASES = 400;

	private static final List<ImportColumn> COLUMNS = List.of(ImportColumn.required("quantity", "test.quantity"));

	private static final List<Locale> LANGUAGES = List.of(Formats.VIETNAMESE, Locale.ENGLISH);

	private final SheetReader reader = reader();

	/**
	 * Values as people record them: 0 to 6 decimals (the records' scale), below a
	 * thousand million, so never more than the 15 significant digits a spreadsheet keeps.
	 */
	static List<BigDecimal> values() {
		Random random = new Random(20240101);
		List<BigDecimal> values = new ArrayList<>(List.of(BigDecimal.ZERO, new BigDecimal("69.864"),
				new BigDecimal("64.293"), new BigDecimal("20.695"), new BigDecimal("11110"), new BigDecimal("0.000001"),
				new BigDecimal("99999999.999999"), new BigDecimal("123456789.123456"), new BigDecimal("1234.5")));
		while (values.size() < CASES) {
			int scale = random.nextInt(7);
			int digits = 1 + random.nextInt(9 + scale);
			long unscaled = (long) Math.floor(random.nextDouble() * Math.pow(10, digits));
			values.add(BigDecimal.valueOf(unscaled, scale));
		}
		return values;
	}

	static Stream<Locale> languages() {
		return LANGUAGES.stream();
	}

	@Test
	void everyNumberShownReadsBackInTheSameLanguage() {
		for (Locale language : LANGUAGES) {
			NumberStyle style = NumberStyle.of(language);
			for (BigDecimal value : values()) {
				for (BigDecimal signed : List.of(value, value.negate())) {
					String shown = Formats.number(signed, 6, language);
					assertThat(style.parse(shown)).as("%s shown as %s in %s", signed, shown, language)
						.isEqualByComparingTo(signed);
				}
			}
		}
	}

	@ParameterizedTest
	@MethodSource("languages")
	void aCsvOfShownNumbersIsReadInItsStyleOrAskedAboutNeverGuessed(Locale written) {
		NumberStyle style = NumberStyle.of(written);
		List<BigDecimal> values = values();
		for (int from = 0; from < values.size(); from += 7) {
			List<BigDecimal> file = values.subList(from, Math.min(values.size(), from + 1 + from % 5));
			StringBuilder csv = new StringBuilder("Số lượng\n");
			file.forEach(value -> csv.append('"').append(Formats.number(value, 6, written)).append("\"\n"));
			List<SheetRow> rows = this.reader.read("so-lieu.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
					COLUMNS);
			NumberReading.Detector detector = new NumberReading.Detector();
			rows.forEach(row -> detector.add(row.number(), row.get("quantity")));
			for (Locale user : LANGUAGES) {
				NumberReading reading = detector.result(null, NumberStyle.of(user));
				// A file of ambiguous values only is asked about, whoever uploads it; its
				// uploader confirms the style it was written in.
				NumberStyle read = (reading.basis() == NumberReading.Basis.UNCONFIRMED) ? style : reading.style();
				for (int i = 0; i < file.size(); i++) {
					assertThat(read.parse(rows.get(i).get("quantity")))
						.as("%s written in %s, uploaded by a user of %s", file, written, user)
						.isEqualByComparingTo(file.get(i));
				}
			}
		}
	}

	@Test
	void xlsxNumbersWrittenByPoiAndFastexcelImportExactlyWithTheirBinaryNoise() {
		List<BigDecimal> values = values();
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of("Số lượng"));
		List<BigDecimal> expected = new ArrayList<>();
		for (BigDecimal value : values) {
			double stored = value.doubleValue();
			for (double noisy : new double[] { stored, Math.nextUp(stored), Math.nextDown(stored) }) {
				if (noisy >= 0 && (value.signum() != 0 || noisy == 0)) {
					rows.add(List.of(noisy));
					expected.add(value);
				}
			}
		}
		rows.add(List.of(0.1 + 0.2));
		expected.add(new BigDecimal("0.3"));
		rows.add(List.of(64.29300000000001));
		expected.add(new BigDecimal("64.293"));
		assertReadsBack(Spreadsheets.poi(rows), expected, "POI");
		assertReadsBack(Spreadsheets.fastexcel(rows), expected, "fastexcel");
	}

	@Test
	void numbersInTheApplicationsOwnWorkbooksImportExactly() {
		List<BigDecimal> values = values();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XlsxWriter writer = new XlsxWriter(out)) {
			writer.sheet("Số liệu", List.of("Số lượng"), 14);
			values.forEach(value -> writer.row(List.of(value)));
		}
		assertReadsBack(out.toByteArray(), values, "XlsxWriter");
	}

	private void assertReadsBack(byte[] xlsx, List<BigDecimal> expected, String writer) {
		List<SheetRow> rows = this.reader.read("so-lieu.xlsx", xlsx, COLUMNS);
		assertThat(rows).hasSameSizeAs(expected);
		for (int i = 0; i < rows.size(); i++) {
			SheetCell cell = rows.get(i).cell("quantity");
			assertThat(cell.kind()).isEqualTo(SheetCell.Kind.NUMBER);
			assertThat(cell.number()).as("row %d written by %s", rows.get(i).number(), writer)
				.isEqualByComparingTo(expected.get(i));
		}
	}

	private static SheetReader reader() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("test.quantity", Formats.VIETNAMESE, "Số lượng");
		messages.addMessage("test.quantity", Locale.ENGLISH, "Quantity");
		UploadLimits limits = mock(UploadLimits.class);
		when(limits.current()).thenReturn(UploadLimits.Limits.defaults());
		return new SheetReader(messages, limits);
	}

}
