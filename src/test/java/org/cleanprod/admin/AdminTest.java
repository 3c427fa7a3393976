package org.cleanprod.admin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.cleanprod.test.IntegrationTest;

import org.springframework.context.annotation.Import;

/**
 * The whole application as {@link IntegrationTest} sets it up, with a clock the tests
 * move, and the account fixtures; all admin tests share this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@Import({ TestClock.Configuration.class, Accounts.class })
@interface AdminTest {

}
