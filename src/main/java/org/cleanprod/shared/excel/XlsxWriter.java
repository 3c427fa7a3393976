package org.cleanprod.shared.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes XLSX files with fastexcel, streaming, so exports of any size use little memory:
 * a bold, frozen header row, then the rows. One writer makes one workbook of one or more
 * sheets.
 */
public final class XlsxWriter implements AutoCloseable {

	/** The media type of the workbooks it writes. */
	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final int FLUSH_EVERY = 1_000;

	private final Workbook workbook;

	private Worksheet sheet;

	private int row;

	public XlsxWriter(OutputStream output) {
		this.workbook = new Workbook(output, "Cleanprod", "1.0");
	}

	/**
	 * Starts a sheet with the given header titles; a header ending in "*" is shown as
	 * required.
	 */
	public XlsxWriter sheet(String name, List<String> headers, double columnWidth) {
		finishSheet();
		this.sheet = this.workbook.newWorksheet(name);
		this.row = 0;
		for (int column = 0; column < headers.size(); column++) {
			this.sheet.value(0, column, headers.get(column));
			this.sheet.style(0, column).bold().fillColor("E8F5E9").wrapText(true).set();
			this.sheet.width(column, columnWidth);
		}
		this.sheet.freezePane(0, 1);
		return this;
	}

	/** Appends a row; numbers stay numbers, dates dates, the rest text. */
	public XlsxWriter row(List<?> values) {
		this.row++;
		for (int column = 0; column < values.size(); column++) {
			Object value = values.get(column);
			switch (value) {
				case null -> {
				}
				case Number number ->
					this.sheet.value(this.row, column, (number instanceof BigDecimal decimal) ? decimal : number);
				case LocalDate date -> {
					this.sheet.value(this.row, column, date);
					this.sheet.style(this.row, column).format("dd/mm/yyyy").set();
				}
				case Boolean bool -> this.sheet.value(this.row, column, bool);
				default -> this.sheet.value(this.row, column, value.toString());
			}
		}
		if (this.row % FLUSH_EVERY == 0) {
			try {
				this.sheet.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return this;
	}

	private void finishSheet() {
		if (this.sheet != null) {
			try {
				this.sheet.finish();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	@Override
	public void close() {
		try {
			finishSheet();
			this.workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
