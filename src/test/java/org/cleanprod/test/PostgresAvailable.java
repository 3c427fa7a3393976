package org.cleanprod.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs PostgreSQL tests only where the test database answers (always in CI): the
 * {@link PostgresTest}s, and the {@link BothDatabases} tests in their run on PostgreSQL.
 */
class PostgresAvailable implements ExecutionCondition {

	private static Boolean available;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!runsOnPostgresql(context)) {
			return ConditionEvaluationResult.enabled("runs on H2");
		}
		if (isAvailable()) {
			return ConditionEvaluationResult.enabled("PostgreSQL test database answers");
		}
		String message = "PostgreSQL test database not reachable at " + url()
				+ " (see .ci/run for how to create it): PostgreSQL tests skipped";
		if (Ci.isCi()) {
			throw new IllegalStateException("CI=true but " + message);
		}
		System.err.println("SKIPPED: " + message);
		return ConditionEvaluationResult.disabled(message);
	}

	private static boolean runsOnPostgresql(ExtensionContext context) {
		return TestDatabase.isPostgresql() || context.getTestClass()
			.map(type -> AnnotationSupport.isAnnotated(type, PostgresTest.class))
			.orElse(false);
	}

	static synchronized boolean isAvailable() {
		if (available == null) {
			try (Connection connection = DriverManager.getConnection(url(), env("TEST_DB_USER", "cleanprod"),
					env("TEST_DB_PASSWORD", "cleanprod"))) {
				available = connection.isValid(2);
			}
			catch (SQLException ex) {
				available = false;
			}
		}
		return available;
	}

	private static String url() {
		return env("TEST_DB_URL", "jdbc:postgresql://localhost:5432/cleanprod_test");
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
