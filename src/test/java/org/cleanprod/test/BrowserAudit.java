package org.cleanprod.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Runs axe-core in the page a journey is on, once per page and again after each htmx
 * swap, with the rules of WCAG 2.2 levels A and AA; a serious or critical violation fails
 * the journey with the rule, the elements and what to fix.
 *
 * <p>
 * A page is audited only once it has loaded and no htmx request is running (a region
 * being refreshed is dimmed, which would read as too little contrast). A page left while
 * its audit runs is not failed: the next page is audited instead.
 */
final class BrowserAudit {

	/** The rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA, as axe-core tags them. */
	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

	private static final String SOURCE = source();

	private static final String STATE = """
			if (document.readyState !== 'complete' || !document.body) { return 'loading'; }
			if (window.__cpAudited === true) { return 'done'; }
			return document.querySelector('.htmx-request') ? 'busy' : 'todo';
			""";

	/**
	 * Marks the page audited before axe runs, so that a swap during the run asks for
	 * another; names the run, so that a failure can tell whether the page was left.
	 */
	private static final String MARK = """
			window.__cpAudited = true;
			window.__cpAuditRun = arguments[0];
			if (!window.__cpAuditHooked) {
			  window.__cpAuditHooked = true;
			  document.addEventListener('htmx:afterSettle', function () { window.__cpAudited = false; });
			}
			return typeof window.axe !== 'undefined';
			""";

	private static final String RUN = """
			const done = arguments[arguments.length - 1];
			window.axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
			  .then(results => done(results.violations
			    .filter(violation => violation.impact === 'serious' || violation.impact === 'critical')
			    .map(violation => violation.id + ' (' + violation.impact + '): ' + violation.help + '\\n    '
			      + violation.nodes.slice(0, 5).map(node => node.target.join(' ') + ': '
			        + (node.failureSummary || '').replace(/\\s+/g, ' ')).join('\\n    '))))
			  .catch(error => done('axe-core failed: ' + error));
			""";

	private final WebDriver driver;

	private final JavascriptExecutor js;

	BrowserAudit(WebDriver driver) {
		this.driver = driver;
		this.js = (JavascriptExecutor) driver;
	}

	/**
	 * Audits the current page unless it was audited since its last change; waits for a
	 * running htmx request to end first.
	 */
	void check() {
		String state = state();
		if ("busy".equals(state)) {
			try {
				new WebDriverWait(this.driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
					.until(driver -> !"busy".equals(state()));
			}
			catch (org.openqa.selenium.TimeoutException ex) {
				throw new AssertionError("an htmx request on " + this.driver.getCurrentUrl() + " never ended", ex);
			}
			state = state();
		}
		if (!"todo".equals(state)) {
			return;
		}
		String run = UUID.randomUUID().toString();
		Object result;
		try {
			if (!Boolean.TRUE.equals(this.js.executeScript(MARK, run))) {
				this.js.executeScript(SOURCE);
			}
			result = this.js.executeAsyncScript(RUN, TAGS);
		}
		catch (WebDriverException ex) {
			if (sameRun(run)) {
				throw ex;
			}
			return;
		}
		if (result instanceof String failure) {
			throw new AssertionError(failure + " on " + this.driver.getCurrentUrl());
		}
		List<?> violations = (List<?>) result;
		if (!violations.isEmpty()) {
			throw new AssertionError(
					"axe-core (WCAG 2.2 A and AA) on " + this.driver.getCurrentUrl() + " (\"" + this.driver.getTitle()
							+ "\"):\n  " + String.join("\n  ", violations.stream().map(String::valueOf).toList()));
		}
	}

	private String state() {
		try {
			return String.valueOf(this.js.executeScript(STATE));
		}
		catch (WebDriverException ex) {
			return "loading";
		}
	}

	/** Whether the page whose audit failed is still the one shown. */
	private boolean sameRun(String run) {
		try {
			return run.equals(this.js.executeScript("return window.__cpAuditRun;"));
		}
		catch (WebDriverException ex) {
			return false;
		}
	}

	private static String source() {
		try (InputStream in = BrowserAudit.class.getResourceAsStream("/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException(
						"axe.min.js (com.deque.html.axe-core:selenium) is not on the class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
