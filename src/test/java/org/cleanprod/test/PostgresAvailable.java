package org.cleanprod.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs PostgreSQL tests only where the test database answers (always in CI). */
class PostgresAvailable implements ExecutionCondition {

	private static Boolean available;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
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
