package org.cleanprod.shared.excel;

import java.util.Map;

/**
 * A data row of an uploaded sheet: its number as the spreadsheet shows it, cells by
 * column key, each with its type ({@link SheetCell}).
 */
public record SheetRow(int number, Map<String, SheetCell> cells) {

	/** The cell as text, stripped; null when absent or blank. */
	public String get(String key) {
		SheetCell cell = cell(key);
		return (cell != null) ? cell.text().strip() : null;
	}

	/** The cell with its type; null when absent or blank. */
	public SheetCell cell(String key) {
		SheetCell cell = this.cells.get(key);
		return (cell == null || cell.isBlank()) ? null : cell;
	}

	public boolean isBlank() {
		return this.cells.values().stream().allMatch(cell -> cell == null || cell.isBlank());
	}

}
