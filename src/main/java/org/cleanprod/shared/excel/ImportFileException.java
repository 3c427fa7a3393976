package org.cleanprod.shared.excel;

import org.cleanprod.shared.web.BusinessException;

/**
 * A file that cannot be imported at all: wrong type, unreadable, empty, header columns
 * missing.
 */
public class ImportFileException extends BusinessException {

	/** Text arguments are cut to {@link RowCheck#ECHO} characters. */
	public ImportFileException(String messageKey, Object... arguments) {
		super(messageKey, RowCheck.echoed(arguments));
	}

}
