package org.cleanprod.shared.excel;

/**
 * Why a row is rejected: the row number, the column's header and the reason, in the
 * user's language.
 */
public record RowError(int row, String column, String reason) {

}
