package org.cleanprod.shared.excel;

import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.ReferenceScope;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Import jobs and uploads belong to the user who started them, and to no one else. */
@Configuration(proxyBeanMethods = false)
class ImportReferenceScopes {

	@Bean
	ReferenceScope importJobReferences(JdbcClient jdbc) {
		return ReferenceScope.ofText(ReferenceKind.IMPORT_JOB, (id, user) -> owned(jdbc, "import_job", id, user.id()));
	}

	@Bean
	ReferenceScope importUploadReferences(JdbcClient jdbc) {
		return ReferenceScope.ofText(ReferenceKind.IMPORT_UPLOAD,
				(id, user) -> owned(jdbc, "import_upload", id, user.id()));
	}

	private static boolean owned(JdbcClient jdbc, String table, String id, long owner) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE id = :id AND owner_id = :owner")
			.param("id", id)
			.param("owner", owner)
			.query(Long.class)
			.single() > 0;
	}

}
