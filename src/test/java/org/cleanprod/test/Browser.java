package org.cleanprod.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
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
 * appears.
 */
public final class Browser implements AutoCloseable {

	private final WebDriver driver;

	private final String baseUrl;

	private final WebDriverWait wait;

	private final Path profile;

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
				"--disable-sync", "--window-size=1400,1000", "--lang=vi", "--user-data-dir=" + this.profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(ChromiumAvailable.driver().toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.baseUrl = "http://localhost:" + port;
		this.wait = new WebDriverWait(this.driver, Duration.ofSeconds(15));
	}

	public Browser open(String path) {
		this.driver.get(this.baseUrl + path);
		return this;
	}

	public Browser signIn(String username, String password) {
		open("/login");
		fill("username", username);
		fill("password", password);
		click("login-submit");
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cp-logout")));
		return this;
	}

	public Browser fill(String id, String text) {
		WebElement field = element(id);
		field.clear();
		field.sendKeys(text);
		return this;
	}

	public Browser choose(String id, String visibleText) {
		new Select(element(id)).selectByVisibleText(visibleText);
		return this;
	}

	public Browser click(String id) {
		WebElement element = this.wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
		((org.openqa.selenium.JavascriptExecutor) this.driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
		return this;
	}

	/** Waits until the address contains the given text (htmx pushes it after a swap). */
	public Browser waitForUrl(String text) {
		this.wait.until(ExpectedConditions.urlContains(text));
		return this;
	}

	public Browser upload(String id, Path file) {
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
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
	}

	/** Waits until the element's text contains the given text. */
	public Browser waitForText(String id, String text) {
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
		return this;
	}

	/**
	 * Opens the page again and again until the element shows the given text: for what the
	 * application computes in the background after a change.
	 */
	public Browser openUntil(String path, String id, String text) {
		new WebDriverWait(this.driver, Duration.ofSeconds(30))
			.withMessage(() -> "no \"" + text + "\" in #" + id + " on " + path)
			.until(driver -> {
				open(path);
				return driver.findElements(By.id(id)).stream().anyMatch(element -> element.getText().contains(text));
			});
		return this;
	}

	/** How many elements match the selector. */
	public int count(String cssSelector) {
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

	/** Sets the size of the window, as a screen of that width shows the pages. */
	public Browser resize(int width, int height) {
		this.driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
		return this;
	}

	/** Waits until the field shows, then returns its value. */
	public String value(String id) {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getDomProperty("value");
	}

	/**
	 * Runs a script in the page and returns what it returns: for what only scripts see,
	 * such as a chart's data.
	 */
	public Object script(String script, Object... arguments) {
		return ((org.openqa.selenium.JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	public List<String> texts(String cssSelector) {
		return this.driver.findElements(By.cssSelector(cssSelector)).stream().map(WebElement::getText).toList();
	}

	public String title() {
		return this.driver.getTitle();
	}

	public String pageSource() {
		return this.driver.getPageSource();
	}

	public String path() {
		return this.driver.getCurrentUrl().substring(this.baseUrl.length());
	}

	public String htmlLang() {
		return this.driver.findElement(By.tagName("html")).getAttribute("lang");
	}

	@Override
	public void close() {
		this.driver.quit();
		try (var files = Files.walk(this.profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (java.io.IOException ex) {
			// a temporary profile left behind is harmless
		}
	}

}
