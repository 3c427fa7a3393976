package org.cleanprod.shared.excel;

import java.util.ArrayList;
import java.util.List;

/**
 * The preview or result of an import. Every row read ends in exactly one outcome, so read
 * = inserted + updated + unchanged + rejected. A file is committed only when no row is
 * rejected. All rows are counted; the first {@link #MAX_ROWS} are kept in detail, and the
 * first {@link ImportSummary#MAX_ERRORS} errors, so that a report stays small whatever
 * the file.
 */
public record ImportReport(String uploadId, String fileName, List<RowResult> rows, List<RowError> errors, long read,
		long inserted, long updated, long unchanged, long rejected, boolean committed, NumberReading numbers) {

	public static final int MAX_ROWS = 1_000;

	public ImportReport {
		rows = List.copyOf(rows);
		errors = List.copyOf(errors);
	}

	/**
	 * Whether the file may be committed: rows, none rejected, and numbers read in a style
	 * the user need not confirm.
	 */
	public boolean isCommittable() {
		return !this.committed && this.rejected == 0 && this.read > 0
				&& (this.numbers == null || this.numbers.isConfirmed());
	}

	/** Whether rows were read beyond those kept in detail. */
	public boolean rowsTruncated() {
		return this.read > this.rows.size();
	}

	public ImportReport asCommitted() {
		return new ImportReport(this.uploadId, this.fileName, this.rows, this.errors, this.read, this.inserted,
				this.updated, this.unchanged, this.rejected, true, this.numbers);
	}

	/** Collects the outcomes of the rows of one file, as they are checked. */
	public static final class Builder {

		private final String uploadId;

		private final String fileName;

		private final List<RowResult> rows = new ArrayList<>();

		private final List<RowError> errors = new ArrayList<>();

		private final long[] counts = new long[RowOutcome.values().length];

		private NumberReading numbers;

		public Builder(String uploadId, String fileName) {
			this.uploadId = uploadId;
			this.fileName = fileName;
		}

		public Builder add(RowResult row) {
			this.counts[row.outcome().ordinal()]++;
			for (RowError error : row.errors()) {
				if (this.errors.size() < ImportSummary.MAX_ERRORS) {
					this.errors.add(error);
				}
			}
			if (this.rows.size() < MAX_ROWS) {
				this.rows.add(row);
			}
			return this;
		}

		/** Says how the file's numbers were read. */
		public Builder numbers(NumberReading reading) {
			this.numbers = reading;
			return this;
		}

		public ImportReport build() {
			long read = 0;
			for (long count : this.counts) {
				read += count;
			}
			return new ImportReport(this.uploadId, this.fileName, this.rows, this.errors, read,
					this.counts[RowOutcome.INSERT.ordinal()], this.counts[RowOutcome.UPDATE.ordinal()],
					this.counts[RowOutcome.UNCHANGED.ordinal()], this.counts[RowOutcome.REJECT.ordinal()], false,
					this.numbers);
		}

	}

}
