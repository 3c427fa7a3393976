package org.cleanprod.shared.excel;

import java.util.List;

/**
 * The preview or result of an import. Every row read ends in exactly one outcome, so read
 * = inserted + updated + unchanged + rejected. A file is committed only when no row is
 * rejected.
 */
public record ImportReport(String uploadId, String fileName, List<RowResult> rows, boolean committed) {

	public ImportReport {
		rows = List.copyOf(rows);
	}

	public int read() {
		return this.rows.size();
	}

	public long inserted() {
		return count(RowOutcome.INSERT);
	}

	public long updated() {
		return count(RowOutcome.UPDATE);
	}

	public long unchanged() {
		return count(RowOutcome.UNCHANGED);
	}

	public long rejected() {
		return count(RowOutcome.REJECT);
	}

	public boolean isCommittable() {
		return !this.committed && rejected() == 0 && read() > 0;
	}

	public List<RowError> errors() {
		return this.rows.stream().flatMap(row -> row.errors().stream()).toList();
	}

	public ImportReport asCommitted() {
		return new ImportReport(this.uploadId, this.fileName, this.rows, true);
	}

	private long count(RowOutcome outcome) {
		return this.rows.stream().filter(row -> row.outcome() == outcome).count();
	}

}
