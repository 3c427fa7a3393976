package org.cleanprod.shared.excel;

/**
 * A row accepted but flagged for a second look: its number, what it is about (month and
 * resource or product), its value as read and why it is flagged, in the user's language.
 */
public record RowFlag(int row, String month, String item, String value, String reason) {

}
