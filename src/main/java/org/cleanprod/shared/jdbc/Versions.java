package org.cleanprod.shared.jdbc;

import org.cleanprod.shared.web.StaleEditException;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The version of a row whose change lies in another table (a unit's successions, a
 * resource's sectors): JPA sees no change of the row itself, so the change is counted
 * here, and a concurrent edit is refused as any stale edit.
 */
public final class Versions {

	private Versions() {
	}

	/**
	 * Adds one to the version of the row {@code id} of {@code table} (a table name of the
	 * caller's, never a request's), provided it is still {@code version}.
	 */
	public static void countChange(JdbcClient jdbc, String table, long id, long version) {
		int updated = jdbc.sql("UPDATE " + table + " SET version = version + 1 WHERE id = :id AND version = :version")
			.param("id", id)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new StaleEditException();
		}
	}

}
