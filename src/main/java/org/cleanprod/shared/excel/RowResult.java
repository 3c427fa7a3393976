package org.cleanprod.shared.excel;

import java.util.List;

/**
 * The outcome of one row, a short label to recognise it, and its errors when rejected.
 */
public record RowResult(int row, RowOutcome outcome, String label, List<RowError> errors) {

	public RowResult {
		errors = List.copyOf(errors);
	}

}
