package org.cleanprod.shared.web;

/**
 * A request that breaks a business rule (a stale edit, a duplicate). Carries a message
 * key and its arguments so pages and the API answer in the user's language; answers 409
 * in the API.
 */
public class BusinessException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public BusinessException(String messageKey, Object... arguments) {
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
