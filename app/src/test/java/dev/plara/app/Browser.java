package dev.plara.app;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;

/**
 * Headless Debian Chromium driven by Debian's chromedriver, both at fixed paths so Selenium Manager never downloads
 * anything, with a fresh profile. Waits are explicit and on visible state; screenshots go to
 * {@code target/e2e-screenshots}.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts the browser, or fails saying how to install it: these tests are never skipped. */
    static Browser start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new AssertionError("The browser tests need Debian's Chromium at " + CHROMIUM + " and its driver at "
                    + CHROMEDRIVER + ". Run `bash .ci/run`, or as root `apt-get install -y chromium chromium-driver`.");
        }
        try {
            var profile = Files.createTempDirectory("plara-chromium-");
            var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort().withLogFile(new File("target/chromedriver.log")).build();
            var options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1280,900",
                    "--user-data-dir=" + profile.toAbsolutePath());
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    void open(String url) {
        driver.get(url);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** The element once it is visible. */
    WebElement visible(String css) {
        return until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** The element once its visible text contains {@code text}. */
    WebElement showing(String css, String text) {
        until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return find(css);
    }

    /** Clicks the first button or link whose visible text contains {@code text}. */
    void click(String text) {
        until(ExpectedConditions.elementToBeClickable(By.xpath("(//button|//a)[contains(normalize-space(.), '"
                + text + "')]"))).click();
    }

    void type(String css, String text) {
        var field = visible(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Waits for {@code condition}, reading again when the page replaced an element while it was being read. */
    <T> T until(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE, Duration.ofMillis(100)).until(page -> {
            try {
                return condition.apply(page);
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return null;
                }
                throw e;
            }
        });
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    String pageText() {
        return find("body").getText();
    }

    /** Signs in on the demo sign-in page and waits for the navigation to say so. */
    void signInAs(String signInUrl, String userId, String name) {
        open(signInUrl);
        visible("label[for='user-" + userId + "']").click();
        find("form[action='/api/demo/signin'] button[type='submit']").click();
        showing(".who", "Signed in as " + name);
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves the whole page, beyond the window, to {@code target/e2e-screenshots/<name>.png}. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            var target = SCREENSHOTS.resolve(name + ".png");
            var size = (Map<?, ?>) script("var page = document.documentElement; return {width: Math.max("
                    + "page.scrollWidth, window.innerWidth), height: Math.max(page.scrollHeight, window.innerHeight)};");
            var clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"), "scale", 1);
            var shot = driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
            Files.write(target, Base64.getDecoder().decode((String) shot.get("data")));
            return target;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
