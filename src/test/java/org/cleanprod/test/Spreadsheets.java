package org.cleanprod.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * XLSX files as people's tools write them, for tests: by Apache POI (what Excel-like
 * desktop code writes) and by fastexcel (what Cleanprod's own exports write). A
 * {@link Double} or {@link BigDecimal} becomes a number cell, anything else a text cell.
 */
public final class Spreadsheets {

	private Spreadsheets() {
	}

	public static byte[] poi(List<List<Object>> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.createSheet("Số liệu");
			for (int r = 0; r < rows.size(); r++) {
				XSSFRow row = sheet.createRow(r);
				List<Object> values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					Object value = values.get(c);
					if (value instanceof Double number) {
						row.createCell(c).setCellValue(number);
					}
					else if (value instanceof BigDecimal number) {
						row.createCell(c).setCellValue(number.doubleValue());
					}
					else if (value != null) {
						row.createCell(c).setCellValue(value.toString());
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] fastexcel(List<List<Object>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Cleanprod", "1.0");
			Worksheet sheet = workbook.newWorksheet("Số liệu");
			for (int r = 0; r < rows.size(); r++) {
				List<Object> values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					Object value = values.get(c);
					if (value instanceof Double number) {
						sheet.value(r, c, number);
					}
					else if (value instanceof BigDecimal number) {
						sheet.value(r, c, number);
					}
					else if (value != null) {
						sheet.value(r, c, value.toString());
					}
				}
			}
			workbook.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
