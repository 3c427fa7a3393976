package org.cleanprod.consumption;

/** The kinds of records whose values keep a revision history. */
public enum RecordType {

	CONSUMPTION, PRODUCTION, ANNUAL

}
