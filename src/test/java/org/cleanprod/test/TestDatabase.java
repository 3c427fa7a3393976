package org.cleanprod.test;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * The database an integration test runs on: in-memory H2, or the PostgreSQL test database
 * when the system property {@value #PROPERTY} is {@code postgresql}, as the second
 * Surefire execution sets it for the classes marked {@link BothDatabases}.
 */
public class TestDatabase implements ActiveProfilesResolver {

	static final String PROPERTY = "cleanprod.test.database";

	static boolean isPostgresql() {
		return "postgresql".equals(System.getProperty(PROPERTY));
	}

	/** Profile "test", and on PostgreSQL "pgtest" after it, so its database wins. */
	@Override
	public String[] resolve(Class<?> testClass) {
		return isPostgresql() ? new String[] { "test", "pgtest" } : new String[] { "test" };
	}

}
