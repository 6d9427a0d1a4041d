package org.danvan.dist.test;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium through {@code /usr/bin/chromedriver}, with helpers for Vaadin
 * pages (wait for the client to be idle, find elements inside shadow roots) and screenshots.
 *
 * <p>Both executables are set explicitly, so Selenium Manager never runs (it would try to download a browser
 * and a driver). Chromium's own background traffic is switched off: the build machines have no internet.
 *
 * <pre>{@code
 * try (Browser browser = Browser.start()) {
 *     browser.open(karaf.baseUrl());
 *     browser.waitForVaadin();
 *     browser.shadow("vaadin-login-form", "vaadin-login-form-wrapper").getText();
 *     browser.screenshot("login");
 * }
 * }</pre>
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final String SCREENSHOTS_PROPERTY = "danvan.dist.screenshots";

    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(390, 844);

    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

    /** True when no Vaadin request is in flight and every Flow client on the page has finished bootstrapping. */
    private static final String VAADIN_IDLE = """
            const flow = window.Vaadin && window.Vaadin.Flow;
            if (!flow || !flow.clients) { return false; }
            const clients = Object.values(flow.clients).filter(c => c && typeof c.isActive === 'function');
            if (clients.length === 0) { return false; }
            if (clients.some(c => c.isActive())) { return false; }
            return document.querySelector('vaadin-connection-indicator[loading]') === null;
            """;

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;
    private final Path screenshots;

    private Browser(ChromeDriverService service, ChromeDriver driver, Path profile, Path screenshots) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
        this.screenshots = screenshots;
    }

    /** Starts headless Chromium at desktop size with a fresh, empty profile. */
    public static Browser start() {
        return start(new String[0]);
    }

    /** A browser with more command-line switches, e.g. {@code --ignore-certificate-errors} for a test certificate. */
    public static Browser start(String... extraArguments) {
        requireExecutable(CHROMIUM);
        requireExecutable(CHROMEDRIVER);
        Path profile;
        try {
            profile = Files.createTempDirectory("danvan-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--user-data-dir=" + profile,
                "--window-size=" + DESKTOP.getWidth() + "," + DESKTOP.getHeight(),
                "--lang=vi-VN");
        options.addArguments(extraArguments);
        // the page's console (errors, CSP violations) is kept for consoleMessages()
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        Path screenshots = Path.of(System.getProperty(SCREENSHOTS_PROPERTY, "target/screenshots")).toAbsolutePath();
        Browser browser = new Browser(service, driver, profile, screenshots);
        browser.useDesktopSize();
        return browser;
    }

    private static void requireExecutable(Path executable) {
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException(executable + " is missing: the browser tests need Debian's Chromium and "
                    + "ChromeDriver. Install them with: apt-get install chromium chromium-driver");
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Viewport of 1280 x 900 CSS pixels. */
    public void useDesktopSize() {
        setViewportSize(DESKTOP);
    }

    /** Viewport of 390 x 844 CSS pixels, a common phone. */
    public void usePhoneSize() {
        setViewportSize(PHONE);
    }

    /**
     * Resizes the window so that the page viewport (window.innerWidth/innerHeight) has the given size; even
     * headless Chromium reserves window-frame pixels, so the window itself is made larger by that amount.
     */
    public void setViewportSize(Dimension viewport) {
        driver.manage().window().setSize(viewport);
        Number innerWidth = (Number) script("return window.innerWidth;");
        Number innerHeight = (Number) script("return window.innerHeight;");
        int extraWidth = viewport.getWidth() - innerWidth.intValue();
        int extraHeight = viewport.getHeight() - innerHeight.intValue();
        if (extraWidth != 0 || extraHeight != 0) {
            driver.manage().window().setSize(
                    new Dimension(viewport.getWidth() + extraWidth, viewport.getHeight() + extraHeight));
        }
    }

    /** Waits (30 s) until the Vaadin client has bootstrapped and no server round trip is pending. */
    public void waitForVaadin() {
        waitForVaadin(DEFAULT_WAIT);
    }

    public void waitForVaadin(Duration timeout) {
        waitUntil(timeout, d -> Boolean.TRUE.equals(script(VAADIN_IDLE)));
    }

    /** Waits until {@code condition} returns something other than null or false. */
    public <T> T waitUntil(Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(100)).until(condition::apply);
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** First element matching the CSS selector in the light DOM, waiting for it (30 s). */
    public WebElement find(String cssSelector) {
        return waitUntil(DEFAULT_WAIT, d -> first(d, cssSelector));
    }

    /**
     * Clicks the first element matching the CSS selector after scrolling it to the middle of the viewport: a button
     * low in a long page would otherwise sit under a notification at the bottom edge and the click would land there.
     */
    public void click(String cssSelector) {
        WebElement element = find(cssSelector);
        script("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    public List<WebElement> findAll(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    /**
     * Follows a path of CSS selectors through shadow roots: the first selector is searched in the document, each
     * next one in the shadow root of the element found before. Waits (30 s) for the whole path to exist.
     * Example: {@code shadow("vaadin-login-overlay", "vaadin-login-form")}.
     */
    public WebElement shadow(String... cssPath) {
        if (cssPath.length == 0) {
            throw new IllegalArgumentException("empty selector path");
        }
        return waitUntil(DEFAULT_WAIT, d -> {
            WebElement element = first(d, cssPath[0]);
            for (int i = 1; i < cssPath.length && element != null; i++) {
                SearchContext root = shadowRootOf(element);
                element = root == null ? null : first(root, cssPath[i]);
            }
            return element;
        });
    }

    /** Saves a PNG of the viewport to {@code target/screenshots/<name>.png} and returns its path. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Path target = screenshots.resolve(name + ".png");
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs in through the shell's login form and waits for the answer. */
    public void signIn(String user, String password) {
        waitForVaadin();
        find("vaadin-login-form");
        typeInto("vaadin-login-form vaadin-text-field[name='username'] input", user);
        WebElement field = find("vaadin-login-form vaadin-password-field[name='password'] input");
        field.clear();
        field.sendKeys(password, org.openqa.selenium.Keys.ENTER);
        waitForVaadin();
    }

    /** Types into a field and leaves it with TAB, so the value reaches the server as when a user moves on. */
    public void typeInto(String cssSelector, String text) {
        WebElement input = find(cssSelector);
        input.clear();
        input.sendKeys(text);
        input.sendKeys(org.openqa.selenium.Keys.TAB);
    }

    /**
     * The console messages the pages wrote since the last call (Chromium reports each Content-Security-Policy
     * violation there as an error), as {@code LEVEL message}.
     */
    public List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map((LogEntry entry) -> entry.getLevel() + " " + entry.getMessage())
                .toList();
    }

    /** The visible text of the page. */
    public String pageText() {
        return String.valueOf(script("return document.body.innerText;"));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteTree(profile);
        }
    }

    private static WebElement first(SearchContext context, String cssSelector) {
        List<WebElement> found = context.findElements(By.cssSelector(cssSelector));
        return found.isEmpty() ? null : found.get(0);
    }

    private static SearchContext shadowRootOf(WebElement element) {
        try {
            return element.getShadowRoot();
        } catch (org.openqa.selenium.NoSuchShadowRootException e) {
            return null;
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
