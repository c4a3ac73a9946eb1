package health.backspasm.integration;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through Debian's chromedriver, offline: both binaries are
 * named explicitly so Selenium Manager never looks for (or downloads) a browser or a driver, and
 * the launch flags keep Chromium from calling home on a machine without internet.
 */
final class HeadlessChromium {

    static final Path BROWSER = Path.of(System.getProperty("backspasm.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("backspasm.chromedriver", "/usr/bin/chromedriver"));

    private HeadlessChromium() {
    }

    /**
     * Skips the calling test when Chromium or its driver is missing, except under CI (CI=true),
     * where the browser test must always run and a missing browser is a failure.
     */
    static void assumeInstalled() {
        boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        String missing = "Chromium (" + BROWSER + ") or chromedriver (" + DRIVER + ") is missing; "
                + "install them with: apt-get install -y chromium chromium-driver";
        if (!installed && "true".equals(System.getenv("CI"))) {
            fail(missing + " (CI=true: the browser test must run in CI)");
        }
        assumeTrue(installed, "Skipping the browser test: " + missing);
    }

    /** A new browser with a fresh profile; the caller quits it. */
    static ChromeDriver start(Path profile) throws IOException {
        Files.createDirectories(profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--window-size=1400,1800",
                "--user-data-dir=" + Files.createTempDirectory(profile, "chromium-").toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(60))
                .build();
        return new ChromeDriver(service, options);
    }
}
