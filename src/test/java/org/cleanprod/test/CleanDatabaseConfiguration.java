package org.cleanprod.test;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

/**
 * On the PostgreSQL test database (profile {@code pgtest}), starts every test context
 * from an empty, freshly migrated schema.
 */
@TestConfiguration(proxyBeanMethods = false)
@Profile("pgtest")
public class CleanDatabaseConfiguration {

	@Bean
	FlywayMigrationStrategy cleanThenMigrate() {
		return flyway -> {
			flyway.clean();
			flyway.migrate();
		};
	}

}
