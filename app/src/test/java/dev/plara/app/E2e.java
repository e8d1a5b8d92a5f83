package dev.plara.app;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.plara.app.wiring.PlaraApplication;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;

/**
 * One running Plara and one headless browser per test class (and, when asked, a test SMTP server). Each test saves
 * a screenshot named after it with {@link #screenshot()}; a failing test also leaves {@code <test>-failed.png}.
 */
final class E2e implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterTestExecutionCallback {

    private final boolean withMail;
    private final Map<String, String> environment;
    private final Clock clock;
    private GreenMail mail;
    private Path dataDir;
    private RunningPlara plara;
    private Browser browser;
    private String test = "test";

    private E2e(boolean withMail, Map<String, String> environment, Clock clock) {
        this.withMail = withMail;
        this.environment = Map.copyOf(environment);
        this.clock = clock;
    }

    private E2e(boolean withMail, Map<String, String> environment) {
        this(withMail, environment, Clock.systemUTC());
    }

    static E2e plara() {
        return new E2e(false, Map.of());
    }

    /** On a clock the test moves (to see a plan lapse). */
    static E2e plaraOn(Clock clock) {
        return new E2e(false, Map.of(), clock);
    }

    /** With more of the environment (bank accounts, wallet currencies) than the embedded default's. */
    static E2e plara(Map<String, String> environment) {
        return new E2e(false, environment);
    }

    /** With a GreenMail SMTP server receiving Plara's confirmation emails. */
    static E2e plaraWithMail() {
        return new E2e(true, Map.of());
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (withMail) {
            mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            mail.start();
        }
        dataDir = Files.createTempDirectory("plara-e2e-");
        plara = RunningPlara.start(dataDir, withMail ? mail.getSmtp().getPort() : 0, environment, clock);
        browser = Browser.start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        test = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && browser != null) {
            browser.screenshot(test + "-failed");
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try (var closingBrowser = browser; var closingPlara = plara) {
            if (mail != null) {
                mail.stop();
            }
        } finally {
            if (dataDir == null) {
                return;
            }
            try (var files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            }
        }
    }

    Browser browser() {
        return browser;
    }

    PlaraApplication app() {
        return plara.app();
    }

    GreenMail mail() {
        return mail;
    }

    String url(String path) {
        return plara.url(path);
    }

    /** Opens a page of the server. */
    void open(String path) {
        browser.open(url(path));
    }

    void signInAs(String userId, String name) {
        browser.signInAs(url("/signin"), userId, name);
    }

    /** Saves the current page as {@code <TestClass>-<test>.png}. */
    Path screenshot() {
        return browser.screenshot(test);
    }

    /** Saves the current page as {@code <TestClass>-<test>-<step>.png}. */
    Path screenshot(String step) {
        return browser.screenshot(test + "-" + step);
    }
}
