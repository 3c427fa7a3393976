package org.cleanprod.shared.web;

/** A link another module adds to a record's page (the energy data of a facility, say). */
public record PageLink(int order, String labelKey, String href) {

}
