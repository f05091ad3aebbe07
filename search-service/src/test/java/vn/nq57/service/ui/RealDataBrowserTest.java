package vn.nq57.service.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.nq57.service.RealDataServiceTest;

import java.time.Duration;

/**
 * Base of the tests that drive the pages of the real application (real data, see {@link RealDataServiceTest}) in the
 * machine's headless Chromium ({@link HeadlessChromium}): one browser per test class, skipped with a clear assumption
 * when Chromium is not installed, and a clean page (default window, storage cleared) before every test.
 */
abstract class RealDataBrowserTest extends RealDataServiceTest {
    /** How long a page may take to show what a test waits for. */
    protected static final Duration WAIT = Duration.ofSeconds(30);
    protected static ChromeDriver browser;

    protected WebDriverWait wait;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.startOrSkip();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.quit();
        browser = null;
    }

    @BeforeEach
    void resetBrowser() {
        wait = new WebDriverWait(browser, WAIT);
        HeadlessChromium.reset(browser, uri("/index.html"));
    }

    /** Opens a path of the running application, e.g. {@code open("/entity.html?id=…")}. */
    protected void open(String path) {
        browser.get(uri(path).toString());
    }
}
