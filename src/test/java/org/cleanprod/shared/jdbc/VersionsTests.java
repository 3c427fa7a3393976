package org.cleanprod.shared.jdbc;

import org.cleanprod.shared.web.StaleEditException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionsTests {

	private final EmbeddedDatabase database = new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2)
		.generateUniqueName(true)
		.build();

	private final JdbcClient jdbc = JdbcClient.create(this.database);

	VersionsTests() {
		this.jdbc.sql("CREATE TABLE admin_unit (id BIGINT PRIMARY KEY, version BIGINT NOT NULL)").update();
		this.jdbc.sql("INSERT INTO admin_unit (id, version) VALUES (7, 3)").update();
	}

	@AfterEach
	void shutDown() {
		this.database.shutdown();
	}

	@Test
	void aChangeElsewhereCountsAsANewVersion() {
		Versions.countChange(this.jdbc, "admin_unit", 7, 3);
		assertThat(version()).isEqualTo(4);
	}

	@Test
	void aChangeOnAnOlderVersionIsAStaleEdit() {
		assertThatThrownBy(() -> Versions.countChange(this.jdbc, "admin_unit", 7, 2))
			.isInstanceOf(StaleEditException.class);
		assertThat(version()).isEqualTo(3);
	}

	private long version() {
		return this.jdbc.sql("SELECT version FROM admin_unit WHERE id = 7").query(Long.class).single();
	}

}
