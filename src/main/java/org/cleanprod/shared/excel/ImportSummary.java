package org.cleanprod.shared.excel;

import java.util.List;

/**
 * The outcome of a bulk import, or of its preview, in counts: read = inserted + updated +
 * unchanged + rejected. The first errors are kept in detail ({@link #MAX_ERRORS}); all
 * are counted. {@code numbers} says in which style the numbers written as text were read
 * and why (null when the import reads none); {@code flags} lists the first
 * {@link #MAX_FLAGS} values accepted but flagged as unlikely, {@code flagged} counts them
 * all.
 */
public record ImportSummary(String fileName, long read, long inserted, long updated, long unchanged, long rejected,
		List<RowError> errors, boolean committed, NumberReading numbers, List<RowFlag> flags, long flagged) {

	public static final int MAX_ERRORS = 500;

	public static final int MAX_FLAGS = 100;

	public ImportSummary {
		errors = List.copyOf(errors);
		flags = (flags != null) ? List.copyOf(flags) : List.of();
	}

	public ImportSummary(String fileName, long read, long inserted, long updated, long unchanged, long rejected,
			List<RowError> errors, boolean committed) {
		this(fileName, read, inserted, updated, unchanged, rejected, errors, committed, null, List.of(), 0);
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

}
