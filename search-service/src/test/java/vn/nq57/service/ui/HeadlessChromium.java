package vn.nq57.service.ui;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The machine's own headless Chromium and chromedriver (Debian's {@code chromium} and {@code chromium-driver}),
 * found on the PATH: Selenium Manager is never asked to download a browser or a driver. Every host name but
 * localhost resolves to nothing, so a page that needed the network would show it.
 */
final class HeadlessChromium {
    private HeadlessChromium() {}

    static Optional<Path> onPath(String... names) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .flatMap(dir -> Stream.of(names).map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }

    static Optional<Path> browser() {
        return onPath("chromium", "chromium-browser", "google-chrome");
    }

    static Optional<Path> driver() {
        return onPath("chromedriver");
    }

    /**
     * Starts the machine's headless Chromium, or skips the calling test class (a JUnit assumption saying what to
     * install) when Chromium or chromedriver is not on the PATH.
     */
    static ChromeDriver startOrSkip() {
        Optional<Path> chromium = browser();
        Optional<Path> driver = driver();
        org.junit.jupiter.api.Assumptions.assumeTrue(chromium.isPresent() && driver.isPresent(),
                "needs chromium and chromedriver on the PATH (Debian: chromium chromium-driver)");
        return start(chromium.get(), driver.get());
    }

    /**
     * A clean start for the next test: the default 1280×1000 window, {@code start} opened, and the page's local and
     * session storage cleared (so no test sees what another one remembered).
     */
    static void reset(WebDriver browser, java.net.URI start) {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(start.toString());
        ((JavascriptExecutor) browser).executeScript("localStorage.clear(); sessionStorage.clear();");
    }

    static ChromeDriver start(Path browser, Path driver) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=vi",
                // The network cut: only the service under test is reachable.
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost");
        // the console, for the tests that check a page logs no error
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /**
     * Saves a PNG of the whole page (up to {@value #MAX_SCREENSHOT_HEIGHT} pixels high: the window is stretched to the
     * page for the picture, then restored) under the module's build directory, in {@code screenshots/}.
     */
    static Path screenshot(WebDriver driver, String name) {
        Dimension window = driver.manage().window().getSize();
        try {
            Path dir = screenshotDir();
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            long height = (Long) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollHeight");
            int extra = window.getHeight() - ((Long) ((JavascriptExecutor) driver).executeScript(
                    "return window.innerHeight")).intValue();
            driver.manage().window().setSize(new Dimension(window.getWidth(),
                    (int) Math.min(MAX_SCREENSHOT_HEIGHT, height) + extra));
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    private static final int MAX_SCREENSHOT_HEIGHT = 2400;

    /** The console's errors (level SEVERE) since the last call, which also empties what the browser kept. */
    static java.util.List<String> consoleErrors(WebDriver driver) {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(org.openqa.selenium.logging.LogEntry::getMessage).toList();
    }

    /** {@code <build dir>/screenshots}: next to test-classes, whatever -Dbuild.dirname chose. */
    private static Path screenshotDir() {
        try {
            Path testClasses = Path.of(HeadlessChromium.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return testClasses.getParent().resolve("screenshots");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
