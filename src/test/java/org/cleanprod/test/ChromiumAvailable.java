package org.cleanprod.test;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs browser tests only where Chromium and ChromeDriver are installed (always in CI).
 */
class ChromiumAvailable implements ExecutionCondition {

	static Path chromium() {
		return Path.of(env("CHROME_BIN", "/usr/bin/chromium"));
	}

	static Path driver() {
		return Path.of(env("CHROMEDRIVER", "/usr/bin/chromedriver"));
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (Files.isExecutable(chromium()) && Files.isExecutable(driver())) {
			return ConditionEvaluationResult.enabled("Chromium found");
		}
		String message = "Chromium or ChromeDriver not found at " + chromium() + " and " + driver()
				+ " (apt-get install chromium chromium-driver): browser tests skipped";
		if (Ci.isCi()) {
			throw new IllegalStateException("CI=true but " + message);
		}
		System.err.println("SKIPPED: " + message);
		return ConditionEvaluationResult.disabled(message);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
