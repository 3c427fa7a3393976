package org.cleanprod.shared.web;

/** A count shown on the home page, linking to the list behind it. */
public record HomeTile(int order, String labelKey, long count, String href) {

}
