package org.cleanprod.shared.excel;

/**
 * Why a row is rejected: the row number, the column's header, the value the column holds
 * (cut to {@link RowCheck#ECHO} characters), what the row is about where the import says
 * (its month and its resource or product, as the file writes them; null elsewhere) and
 * the reason, in the user's language.
 */
public record RowError(int row, String column, String value, String month, String item, String reason) {

}
