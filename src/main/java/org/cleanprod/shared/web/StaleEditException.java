package org.cleanprod.shared.web;

/**
 * An edit made on another version of a record than the stored one: someone saved it
 * meanwhile. The one check of a submitted version, and the one message for it; an
 * optimistic-lock failure at the database is answered with the same message by the form
 * flow and the exception handlers.
 */
public class StaleEditException extends BusinessException {

	public StaleEditException() {
		super("common.staleEdit");
	}

	/** Refuses an edit whose version (from the form or request) is not the stored one. */
	public static void check(Long submitted, long stored) {
		if (submitted == null || submitted != stored) {
			throw new StaleEditException();
		}
	}

}
