package org.cleanprod.test;

/** Whether the tests run in CI, where nothing may be skipped. */
public final class Ci {

	private Ci() {
	}

	public static boolean isCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

}
