package org.cleanprod.shared.excel;

/**
 * A file that cannot be imported at all: wrong type, unreadable, empty, header columns
 * missing.
 */
public class ImportFileException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	/** Text arguments are cut to {@link RowCheck#ECHO} characters. */
	public ImportFileException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = RowCheck.echoed(arguments);
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments;
	}

}
