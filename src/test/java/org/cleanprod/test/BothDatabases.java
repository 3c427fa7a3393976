package org.cleanprod.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An {@link IntegrationTest} that runs on H2 and then once more on PostgreSQL: the
 * build's second Surefire execution runs the classes of this tag with the {@code pgtest}
 * profile (see {@link TestDatabase}). There they run where the test database answers, as
 * {@link PostgresTest}s do.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(BothDatabases.TAG)
@ExtendWith(PostgresAvailable.class)
public @interface BothDatabases {

	/** The tag the PostgreSQL execution selects. */
	String TAG = "both-databases";

}
