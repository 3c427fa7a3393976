package org.cleanprod.admin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.cleanprod.test.IntegrationTest;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application as {@link IntegrationTest} sets it up, with a clock the tests
 * move, and the account fixtures; all admin tests share this one context. Password hashes
 * take fewer PBKDF2 iterations here than in production, so that the many sign-ins and
 * password changes of these tests stay quick; {@code Pbkdf2HashesTests} checks the real
 * count, and the tests on PostgreSQL use it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@Import({ TestClock.Configuration.class, Accounts.class })
@TestPropertySource(properties = "cleanprod.security.password.pbkdf2-iterations=1000")
public @interface AdminTest {

}
