package org.cleanprod.shared.web;

/**
 * A record that does not exist or lies outside the caller's scope: both answer 404, so an
 * id sent from outside the scope reveals nothing.
 */
public class NotFoundException extends RuntimeException {

	/** The page's explanation when there is nothing more particular to say. */
	public static final String DETAIL = "error.notFound.detail";

	private final String detailKey;

	public NotFoundException(String what, Object id) {
		this(what, id, DETAIL);
	}

	/** Not found, with an explanation of why such a record may be gone. */
	public NotFoundException(String what, Object id, String detailKey) {
		super(what + " " + id + " not found");
		this.detailKey = detailKey;
	}

	public String detailKey() {
		return this.detailKey;
	}

}
