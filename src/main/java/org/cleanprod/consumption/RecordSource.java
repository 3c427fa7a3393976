package org.cleanprod.consumption;

/** Where a value came from: typed in, imported from a file or the API, or estimated. */
public enum RecordSource {

	ENTERED, IMPORTED, ESTIMATED;

	public String messageKey() {
		return "consumption.source." + name();
	}

}
