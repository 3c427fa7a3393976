package org.cleanprod.shared.web;

/** A choice of a select list: the submitted value and the text shown. */
public record Option(String value, String label) {

	public static Option of(Object value, String label) {
		return new Option(String.valueOf(value), label);
	}

}
