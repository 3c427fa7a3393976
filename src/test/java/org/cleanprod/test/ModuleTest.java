package org.cleanprod.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * One module started on its own, with the modules it depends on (directly or not) and
 * {@code shared}, on an in-memory H2 database of its own (a scenario commits, so what it
 * writes must not reach other tests): proves the module needs no other, and drives its
 * events with Spring Modulith's {@link org.springframework.modulith.test.Scenario}. The
 * test users are there too, as in every other test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Import(TestUsers.class)
@TestPropertySource(properties = { "cleanprod.references.every-kind=false",
		"spring.datasource.url=jdbc:h2:mem:cleanprod-module-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
public @interface ModuleTest {

}
