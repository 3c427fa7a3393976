package org.cleanprod.shared.excel;

import java.util.Map;

/**
 * A data row of an uploaded sheet: its number as the spreadsheet shows it, values by
 * column key.
 */
public record SheetRow(int number, Map<String, String> values) {

	public String get(String key) {
		String value = this.values.get(key);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public boolean isBlank() {
		return this.values.values().stream().allMatch(value -> value == null || value.isBlank());
	}

}
