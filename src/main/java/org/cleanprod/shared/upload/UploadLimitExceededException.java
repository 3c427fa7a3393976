package org.cleanprod.shared.upload;

import org.cleanprod.shared.excel.ImportFileException;

/**
 * A file or a job that goes past a limit: refused before it is read whole, and nothing is
 * written. Its message names the limit and its value, as shown
 * ({@link UploadLimit#shown}).
 */
public class UploadLimitExceededException extends ImportFileException {

	private final UploadLimit limit;

	public UploadLimitExceededException(UploadLimit limit, long value) {
		super(limit.exceededKey(), limit.shown(value));
		this.limit = limit;
	}

	public UploadLimit limit() {
		return this.limit;
	}

}
