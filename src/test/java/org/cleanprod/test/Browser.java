package org.cleanprod.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by Selenium against the application on a local port, with the
 * few gestures journeys need: sign in, open a page, fill, choose, press, wait for what
 * appears. The window is an office laptop's, 1,366 px wide.
 *
 * <p>
 * Every gesture waits for a condition, never for a time: {@link #go} for a click that
 * leads to another page, {@link #click} for one that stays. Every page a journey acts on
 * or reads is audited by axe-core ({@link BrowserAudit}), and again after each htmx swap.
 */
public final class Browser implements AutoCloseable {

	private final WebDriver driver;

	private final String baseUrl;

	private final WebDriverWait wait;

	private final Path profile;

	private final BrowserAudit audit;

	public Browser(int port) {
		try {
			this.profile = Files.createTempDirectory("cleanprod-chromium");
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(ChromiumAvailable.chromium().toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1366,900", "--lang=vi", "--force-prefers-reduced-motion",
				"--user-data-dir=" + this.profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(ChromiumAvailable.driver().toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.baseUrl = "http://localhost:" + port;
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		this.wait = new WebDriverWait(this.driver, Duration.ofSeconds(15));
		this.audit = new BrowserAudit(this.driver);
	}

	public Browser open(String path) {
		this.driver.get(this.baseUrl + path);
		this.audit.check();
		return this;
	}

	/**
	 * Makes the page {@code width} × {@code height} CSS pixels, as a phone's (below 800
	 * px) or a desktop's screen.
	 */
	public Browser viewport(int width, int height) {
		((ChromeDriver) this.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 800));
		this.wait.until(driver -> Long.valueOf(width).equals(script("return window.innerWidth;")));
		return this;
	}

	public Browser signIn(String username, String password) {
		open("/login");
		fill("username", username);
		fill("password", password);
		go("login-submit");
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cp-logout")));
		this.audit.check();
		return this;
	}

	public Browser fill(String id, String text) {
		this.audit.check();
		// Selecting the text and typing over it, as a person does: clear() would fire a
		// change
		// event, which saves an emptied grid cell and swaps it out while the text is
		// typed.
		WebElement field = element(id);
		field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text.isEmpty() ? Keys.DELETE.toString() : text);
		return this;
	}

	/** Types into a field as a person would, keys such as Enter or Tab included. */
	public Browser type(String id, CharSequence... keys) {
		this.audit.check();
		element(id).sendKeys(keys);
		return this;
	}

	/** Presses keys in whatever has the focus. */
	public Browser press(CharSequence... keys) {
		new org.openqa.selenium.interactions.Actions(this.driver).sendKeys(keys).perform();
		return this;
	}

	public Browser choose(String id, String visibleText) {
		this.audit.check();
		new Select(element(id)).selectByVisibleText(visibleText);
		return this;
	}

	/** Clicks something that stays on the page (an htmx request, a menu, a toggle). */
	public Browser click(String id) {
		this.audit.check();
		WebElement element = this.wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
		((org.openqa.selenium.JavascriptExecutor) this.driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
		return this;
	}

	/**
	 * Clicks a link or a submit button and waits until the page it leads to has loaded,
	 * so that nothing the journey does next can race the navigation.
	 */
	public Browser go(String id) {
		String page = UUID.randomUUID().toString();
		script("window.__cpLeaving = arguments[0];", page);
		click(id);
		new WebDriverWait(this.driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
			.withMessage(() -> "#" + id + " led to no new page from " + this.driver.getCurrentUrl())
			.until(driver -> Boolean.TRUE.equals(
					script("return window.__cpLeaving !== arguments[0] && document.readyState === 'complete';", page)));
		this.audit.check();
		return this;
	}

	/** Waits until the address contains the given text (htmx pushes it after a swap). */
	public Browser waitForUrl(String text) {
		this.wait.until(ExpectedConditions.urlContains(text));
		this.audit.check();
		return this;
	}

	public Browser upload(String id, Path file) {
		this.audit.check();
		element(id).sendKeys(file.toAbsolutePath().toString());
		return this;
	}

	/**
	 * The element, or a failure that says which page the browser was on and what it
	 * showed.
	 */
	private WebElement element(String id) {
		try {
			return this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			String text = this.driver.findElement(By.tagName("body")).getText();
			throw new AssertionError("No element #" + id + " on " + this.driver.getCurrentUrl() + " (\""
					+ this.driver.getTitle() + "\"): " + text.substring(0, Math.min(text.length(), 500)), ex);
		}
	}

	/** Waits until the element shows, then returns its text. */
	public String text(String id) {
		String text = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
		this.audit.check();
		return text;
	}

	/** Waits until the element's text contains the given text. */
	public Browser waitForText(String id, String text) {
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
		this.audit.check();
		return this;
	}

	/** Waits until a script returns true: for a state only the page's layout shows. */
	public Browser waitFor(String description, String script, Object... arguments) {
		new WebDriverWait(this.driver, Duration.ofSeconds(15)).withMessage(() -> description)
			.until(driver -> Boolean.TRUE.equals(script(script, arguments)));
		return this;
	}

	/** Whether the element exists and shows now (no waiting). */
	public boolean displayed(String id) {
		return this.driver.findElements(By.id(id)).stream().anyMatch(WebElement::isDisplayed);
	}

	/** The value of a field, as the page holds it now. */
	public String value(String id) {
		this.audit.check();
		return element(id).getDomProperty("value");
	}

	/** The id of the element that has the focus. */
	public String focused() {
		return String.valueOf(script("return document.activeElement ? document.activeElement.id : null;"));
	}

	/**
	 * Opens the page again and again until the element shows the given text: for what the
	 * application computes in the background after a change.
	 */
	public Browser openUntil(String path, String id, String text) {
		new WebDriverWait(this.driver, Duration.ofSeconds(30))
			.withMessage(() -> "no \"" + text + "\" in #" + id + " on " + path)
			.until(driver -> {
				driver.get(this.baseUrl + path);
				return driver.findElements(By.id(id)).stream().anyMatch(element -> element.getText().contains(text));
			});
		this.audit.check();
		return this;
	}

	/** How many elements match the selector. */
	public int count(String cssSelector) {
		this.audit.check();
		return this.driver.findElements(By.cssSelector(cssSelector)).size();
	}

	/**
	 * Sets a month field as its picker would. Chromium's month field takes keystrokes
	 * segment by segment in the order of its own locale (month or year first), so typing
	 * would tie a journey to the machine's locale.
	 */
	public Browser fillMonth(String id, YearMonth month) {
		script("""
				arguments[0].value = arguments[1];
				arguments[0].dispatchEvent(new Event('input', { bubbles: true }));
				arguments[0].dispatchEvent(new Event('change', { bubbles: true }));
				""", element(id), month.toString());
		return this;
	}

	/**
	 * Runs a script in the page and returns what it returns: for what only scripts see,
	 * such as a chart's data.
	 */
	public Object script(String script, Object... arguments) {
		return ((org.openqa.selenium.JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	/**
	 * The texts of the elements the selector finds; read again when htmx swapped them
	 * while they were read.
	 */
	public List<String> texts(String cssSelector) {
		this.audit.check();
		return new WebDriverWait(this.driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
			.until(driver -> driver.findElements(By.cssSelector(cssSelector))
				.stream()
				.map(WebElement::getText)
				.toList());
	}

	public String title() {
		return this.driver.getTitle();
	}

	public String pageSource() {
		this.audit.check();
		return this.driver.getPageSource();
	}

	public String path() {
		return this.driver.getCurrentUrl().substring(this.baseUrl.length());
	}

	public String htmlLang() {
		return this.driver.findElement(By.tagName("html")).getAttribute("lang");
	}

	/** Audits the last page, then quits. */
	@Override
	public void close() {
		try {
			this.audit.check();
		}
		finally {
			quit();
		}
	}

	private void quit() {
		this.driver.quit();
		try (var files = Files.walk(this.profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (java.io.IOException ex) {
			// a temporary profile left behind is harmless
		}
	}

}
