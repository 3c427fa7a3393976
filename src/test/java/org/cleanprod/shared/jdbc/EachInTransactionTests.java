package org.cleanprod.shared.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A failed id rolls back its own work only; the others go on, and the failure is told at
 * the end.
 */
class EachInTransactionTests {

	@Test
	void oneFailureNeitherUndoesNorStopsTheOthersAndIsReportedAtTheEnd() {
		SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		JdbcClient jdbc = JdbcClient.create(dataSource);
		jdbc.sql("CREATE TABLE done (id BIGINT)").update();
		List<Long> tried = new ArrayList<>();
		EachInTransaction each = new EachInTransaction(new DataSourceTransactionManager(dataSource));

		assertThatIllegalStateException().isThrownBy(() -> each.run(List.of(1L, 2L, 3L), id -> {
			tried.add(id);
			jdbc.sql("INSERT INTO done (id) VALUES (:id)").param("id", id).update();
			if (id == 2) {
				throw new IllegalArgumentException("no such facility");
			}
		})).satisfies(ex -> assertThat(ex.getSuppressed()).hasSize(1));

		assertThat(tried).containsExactly(1L, 2L, 3L);
		assertThat(jdbc.sql("SELECT id FROM done ORDER BY id").query(Long.class).list()).containsExactly(1L, 3L);
		jdbc.sql("SHUTDOWN").update();
	}

}
