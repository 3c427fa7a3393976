package org.cleanprod.shared.excel;

import java.util.List;

/**
 * The outcome of a bulk import, or of its preview, in counts: read = inserted + updated +
 * unchanged + rejected. The first errors are kept in detail ({@link #MAX_ERRORS}); all
 * are counted.
 */
public record ImportSummary(String fileName, long read, long inserted, long updated, long unchanged, long rejected,
		List<RowError> errors, boolean committed) {

	public static final int MAX_ERRORS = 500;

	public ImportSummary {
		errors = List.copyOf(errors);
	}

	public boolean isCommittable() {
		return !this.committed && this.rejected == 0 && this.read > 0;
	}

	public boolean errorsTruncated() {
		return this.rejected > this.errors.size();
	}

}
