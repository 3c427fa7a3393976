package org.cleanprod.shared.excel;

/**
 * A column of an import template: a key for code, the message key of its header
 * (recognised in Vietnamese and in English) and whether the header must be present.
 */
public record ImportColumn(String key, String headerKey, boolean required) {

	public static ImportColumn required(String key, String headerKey) {
		return new ImportColumn(key, headerKey, true);
	}

	public static ImportColumn optional(String key, String headerKey) {
		return new ImportColumn(key, headerKey, false);
	}

}
