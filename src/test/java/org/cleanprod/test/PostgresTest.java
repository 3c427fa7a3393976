package org.cleanprod.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole application on PostgreSQL. Runs where the test database answers; elsewhere it
 * is skipped with a message, except in CI ({@code CI=true}), where a missing database
 * fails the build.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@ExtendWith(PostgresAvailable.class)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("pgtest")
@Import(CleanDatabaseConfiguration.class)
@Transactional
public @interface PostgresTest {

}
