package org.cleanprod.shared.web;

/**
 * A record that does not exist or lies outside the caller's scope: both answer 404, so an
 * id sent from outside the scope reveals nothing.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}

}
