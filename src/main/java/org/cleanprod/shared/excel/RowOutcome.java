package org.cleanprod.shared.excel;

/** What an import does, or would do, with one row. */
public enum RowOutcome {

	INSERT, UPDATE, UNCHANGED, REJECT

}
