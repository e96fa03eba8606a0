package io.lodestar.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (never a downloaded browser). Without
 * Chromium the browser tests are skipped on a developer machine and fail in CI
 * ({@code LODESTAR_REQUIRE_BROWSER=true} or {@code CI=true}).
 */
public final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private final WebDriver driver;

	private final String baseUrl;

	private final Path profile;

	public Browser(int port, int width, int height, String acceptLanguage) throws java.io.IOException {
		requireChromium();
		this.baseUrl = "http://localhost:" + port;
		this.profile = Files.createTempDirectory("lodestar-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
				"--lang=" + acceptLanguage);
		options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", acceptLanguage));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		driver.manage().window().setSize(new Dimension(width, height));
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
	}

	public static void requireChromium() {
		boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		boolean required = "true".equalsIgnoreCase(System.getenv("LODESTAR_REQUIRE_BROWSER"))
				|| "true".equalsIgnoreCase(System.getenv("CI"));
		if (!present && required) {
			throw new IllegalStateException("Chromium and chromedriver are required (install Debian's chromium and "
					+ "chromium-driver; .ci/run does)");
		}
		Assumptions.assumeTrue(present, "Debian chromium/chromium-driver not installed: browser tests skipped");
	}

	public WebDriver driver() {
		return driver;
	}

	public void open(String path) {
		driver.get(baseUrl + path);
	}

	public WebElement find(By by) {
		return waitFor(d -> d.findElement(by));
	}

	public <T> T waitFor(Function<WebDriver, T> condition) {
		// a condition that reads the page while it is being replaced (after a click that submits) sees a stale element
		return new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.NoSuchElementException.class)
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(condition::apply);
	}

	public void signIn(String email, String password) {
		open("/login");
		find(By.id("email")).sendKeys(email);
		find(By.id("password")).sendKeys(password);
		find(By.cssSelector("form button[type=submit]")).click();
		waitFor(d -> !d.getCurrentUrl().contains("/login"));
	}

	/** The visible text of the page, read by script so that a page being replaced never leaves a stale element. */
	public String pageText() {
		Object text = ((org.openqa.selenium.JavascriptExecutor) driver)
			.executeScript("return document.body ? document.body.innerText : ''");
		return text == null ? "" : text.toString();
	}

	/** Waits until the page (the next one, after a submit and redirect) shows the text. */
	public void waitForText(String text) {
		// while the old document is torn down Chromium may answer any call with an error: read again until it settles
		new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.WebDriverException.class)
			.until(d -> pageText().contains(text));
	}

	public void screenshot(Path file) throws java.io.IOException {
		Files.createDirectories(file.getParent());
		Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
	}

	@Override
	public void close() {
		driver.quit();
		try (var files = Files.walk(profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (java.io.IOException ignored) {
			// a temporary profile left behind is harmless
		}
	}

}
