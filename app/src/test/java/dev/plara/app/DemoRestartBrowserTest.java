package dev.plara.app;

import dev.plara.wallet.core.domain.ledger.EntryKind;
import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.user.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo survives a restart: the emulator keeps its orders beside the embedded store's data, so after the server is
 * stopped and started again an earlier card deposit can be refunded from the admin page, the refund is debited once,
 * and reconciliation finds every credit's order at Polar and reports nothing wrong.
 */
class DemoRestartBrowserTest {

    @TempDir
    Path dataDir;

    private Browser browser;
    private RunningPlara plara;

    @AfterEach
    void stop() {
        try (var closingBrowser = browser; var closingPlara = plara) {
            // both closed, whichever fails
        }
    }

    @Test
    void anOrderPaidBeforeARestartIsRefundedOnceAfterItAndReconciliationFindsNothingWrong() {
        browser = Browser.start();
        plara = RunningPlara.start(dataDir, 0, Map.of(), Clock.systemUTC());
        signInAs("bob", "Bob Bekele");
        open("/deposit");
        browser.type("#custom-amount", "80");
        browser.click("Pay by card");
        new EmulatorCheckout(browser).payWith(EmulatorCheckout.PAYS);
        browser.showing("#stage", "Credited: the money is in your wallet.");
        var order = browser.find("#order-id").getText();
        plara.close();
        plara = null;
        assertThat(Files.isRegularFile(dataDir.resolve("polar-emulator").resolve("polar-emulator.json")))
                .as("the emulator's state beside the store's").isTrue();

        plara = RunningPlara.start(dataDir, 0, Map.of(), Clock.systemUTC());
        signInAs("admin", "Ada Admin");
        open("/admin");
        browser.type("#order-query", "bob");
        browser.click("Find orders");
        browser.until(driver -> driver.findElement(By.cssSelector("#orders tr[data-order='" + order + "'] button")))
                .click();
        browser.type("#refund-amount", "30");
        browser.type("#refund-reason", "Asked after the restart");
        browser.click("Request refund");
        browser.showing("#refund-status", "requested from Polar.");
        await("the refund's webhooks").atMost(Duration.ofSeconds(20))
                .until(() -> balanceOf("bob").equals(Money.usd(50_00)));

        browser.click("Run now");
        browser.showing("#reconciliation-status", "Reconciliation finished.");
        assertThat(browser.find("#reconciliation").getText()).contains("Clean", "No findings.");
        browser.screenshot("DemoRestartBrowserTest-reconciled");
        assertThat(balanceOf("bob")).as("the refund applied once").isEqualTo(Money.usd(50_00));
        var refunds = plara.app().useCases().viewWallet().history(UserId.of("bob"), PageRequest.first(10)).items()
                .stream().map(PostedEntry::entry).filter(entry -> entry.kind() == EntryKind.REFUND).toList();
        assertThat(refunds).singleElement().satisfies(refund -> assertThat(refund.facts().reference()).isEqualTo(order));
    }

    private Money balanceOf(String user) {
        return plara.app().useCases().viewWallet().balances(UserId.of(user)).get(0).balance();
    }

    private void open(String path) {
        browser.open(plara.url(path));
    }

    private void signInAs(String user, String name) {
        browser.signInAs(plara.url("/signin"), user, name);
    }
}
