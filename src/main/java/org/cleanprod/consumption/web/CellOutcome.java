package org.cleanprod.consumption.web;

import org.cleanprod.shared.excel.RowOutcome;

/**
 * What saving one value did: inserted, updated, unchanged (or deleted, when a value was
 * cleared).
 */
public record CellOutcome(RowOutcome outcome, boolean deleted) {

	public static final CellOutcome UNCHANGED = new CellOutcome(RowOutcome.UNCHANGED, false);

	public boolean changed() {
		return this.outcome == RowOutcome.INSERT || this.outcome == RowOutcome.UPDATE || this.deleted;
	}

}
