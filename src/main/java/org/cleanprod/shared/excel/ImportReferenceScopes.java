package org.cleanprod.shared.excel;

import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.ReferenceScope;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Import jobs belong to the user who started them, and to no one else; a job the system
 * started on its own (owner 0: the recomputation a new factor version triggers) may be
 * followed by everyone the endpoint admits.
 */
@Configuration(proxyBeanMethods = false)
class ImportReferenceScopes {

	/** The owner of jobs no user started. */
	static final long SYSTEM = 0;

	@Bean
	ReferenceScope importJobReferences(JdbcClient jdbc) {
		return ReferenceScope.ofText(ReferenceKind.IMPORT_JOB,
				(id, user) -> owned(jdbc, "import_job", id, user.id()) || owned(jdbc, "import_job", id, SYSTEM));
	}

	private static boolean owned(JdbcClient jdbc, String table, String id, long owner) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE id = :id AND owner_id = :owner")
			.param("id", id)
			.param("owner", owner)
			.query(Long.class)
			.single() > 0;
	}

}
