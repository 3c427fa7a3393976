package org.cleanprod.shared.excel;

/**
 * A file that cannot be imported at all: wrong type, unreadable, empty, header columns
 * missing.
 */
public class ImportFileException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public ImportFileException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments;
	}

}
