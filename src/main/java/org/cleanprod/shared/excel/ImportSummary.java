package org.cleanprod.shared.excel;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of an import, or of its preview, in counts: read = inserted + updated +
 * unchanged + rejected. The first errors are kept in detail ({@link #MAX_ERRORS}) and,
 * for an import whose rows are worth listing one by one, the first rows
 * ({@link #MAX_ROWS}); all are counted. {@code numbers} says in which style the numbers
 * written as text were read and why (null when the import reads none); {@code flags}
 * lists the first {@link #MAX_FLAGS} values accepted but flagged as unlikely,
 * {@code flagged} counts them all.
 */
public record ImportSummary(String fileName, long read, long inserted, long updated, long unchanged, long rejected,
		List<RowError> errors, boolean committed, NumberReading numbers, List<RowFlag> flags, long flagged,
		List<RowResult> rows) {

	public static final int MAX_ERRORS = 500;

	public static final int MAX_FLAGS = 100;

	public static final int MAX_ROWS = 1_000;

	public ImportSummary {
		errors = List.copyOf(errors);
		flags = (flags != null) ? List.copyOf(flags) : List.of();
		rows = (rows != null) ? List.copyOf(rows) : List.of();
	}

	public ImportSummary(String fileName, long read, long inserted, long updated, long unchanged, long rejected,
			List<RowError> errors, boolean committed) {
		this(fileName, read, inserted, updated, unchanged, rejected, errors, committed, null, List.of(), 0, List.of());
	}

	/**
	 * Whether the file may be committed: checked, not committed yet, with rows, none
	 * rejected, and its numbers read in a style the user need not confirm.
	 */
	public boolean isCommittable() {
		return !this.committed && this.rejected == 0 && this.read > 0
				&& (this.numbers == null || this.numbers.isConfirmed());
	}

	public boolean errorsTruncated() {
		return this.rejected > this.errors.size();
	}

	public boolean flagsTruncated() {
		return this.flagged > this.flags.size();
	}

	/** Whether rows were read beyond those kept in detail. */
	public boolean rowsTruncated() {
		return !this.rows.isEmpty() && this.read > this.rows.size();
	}

	/** Collects the outcomes of the rows of one file, as they are checked. */
	public static final class Builder {

		private final String fileName;

		private final List<RowResult> rows = new ArrayList<>();

		private final List<RowError> errors = new ArrayList<>();

		private final long[] counts = new long[RowOutcome.values().length];

		private NumberReading numbers;

		public Builder(String fileName) {
			this.fileName = fileName;
		}

		public Builder add(RowResult row) {
			this.counts[row.outcome().ordinal()]++;
			for (RowError error : row.errors()) {
				if (this.errors.size() < MAX_ERRORS) {
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

		/**
		 * The summary; {@code commit} asks for the rows to be kept, which they are only
		 * when the summary is committable.
		 */
		public ImportSummary build(boolean commit) {
			long read = 0;
			for (long count : this.counts) {
				read += count;
			}
			ImportSummary checked = new ImportSummary(this.fileName, read, this.counts[RowOutcome.INSERT.ordinal()],
					this.counts[RowOutcome.UPDATE.ordinal()], this.counts[RowOutcome.UNCHANGED.ordinal()],
					this.counts[RowOutcome.REJECT.ordinal()], this.errors, false, this.numbers, List.of(), 0,
					this.rows);
			return (commit && checked.isCommittable()) ? checked.asCommitted() : checked;
		}

	}

	private ImportSummary asCommitted() {
		return new ImportSummary(this.fileName, this.read, this.inserted, this.updated, this.unchanged, this.rejected,
				this.errors, true, this.numbers, this.flags, this.flagged, this.rows);
	}

}
