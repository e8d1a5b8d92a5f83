package dev.plara.app;

import dev.plara.polar.emulator.state.EmulatorClock;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.deposit.ReceiptUpload;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.in.ReviewBankDepositUseCase.ApproveDeposit;
import dev.plara.wallet.core.port.in.SubmitBankDepositUseCase.SubmitBankDeposit;
import dev.plara.wallet.core.port.in.SubmitBankDepositUseCase.SubmitResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: the store's plan "All-access, 30 days" bought from the wallet opens every video and every photo (it was
 * marked Owned while they all stayed locked), until its 30 days pass on the server's clock.
 */
class StorePlanAccessBrowserTest {

    /** The system clock, moved forward when the test says (the emulator's own kind of clock). */
    private static final EmulatorClock CLOCK = new EmulatorClock(Clock.systemUTC());
    private static final List<String> CONTENT = List.of("video-welcome", "video-masterclass", "photo-addis-dawn",
            "photo-simien");

    @RegisterExtension
    static final E2e E2E = E2e.plaraOn(CLOCK);

    @BeforeAll
    static void aliceHasTenDollars(@TempDir Path files) throws Exception {
        var core = E2E.app().useCases();
        var receipt = new ReceiptUpload(Files.readAllBytes(Receipts.png(files)), "image/png");
        var submitted = (SubmitResult.Submitted) core.submitBankDeposit().submit(new SubmitBankDeposit(
                UserId.of("alice"), Money.usd(10_00), receipt, "Alice Abebe", "FT24PLAN01", "+251911234567"));
        core.reviewBankDeposit().approve(new ApproveDeposit(submitted.deposit().id(), "admin"));
    }

    @Test
    void theAllAccessPlanOpensEveryVideoAndPhotoUntilItLapses() {
        var browser = E2E.browser();
        E2E.signInAs("alice", "Alice Abebe");
        E2E.open("/store");
        browser.showing("#item-plan-monthly", "Opens every video and every photo.");
        browser.find("#item-plan-monthly button").click();
        browser.showing("#status", "Bought All-access, 30 days for 9.00 USD. Balance: 1.00 USD.");

        browser.showing("#item-plan-monthly", "Active until");
        for (String item : CONTENT) {
            var card = browser.showing("#item-" + item, "Unlocked by All-access, 30 days until");
            assertThat(card.getText()).doesNotContain("USD");
            assertThat(card.findElements(By.id("open-" + item))).hasSize(1);
            assertThat(opens(item)).as(item).isTrue();
        }
        browser.find("#open-photo-simien").click();
        var media = browser.visible("#viewer-media");
        browser.until(driver -> Boolean.TRUE.equals(browser.script(
                "return arguments[0].complete && arguments[0].naturalWidth > 0;", media)));
        E2E.screenshot("open");
        browser.click("Close");

        CLOCK.advance(Duration.ofDays(31));
        E2E.signInAs("alice", "Alice Abebe");
        E2E.open("/store");
        for (String item : CONTENT) {
            browser.showing("#item-" + item, "All-access, 30 days ended on");
            assertThat(opens(item)).as(item + " after the plan lapsed").isFalse();
        }
        assertThat(browser.find("#item-video-masterclass").getText()).contains("12.00 USD", "Unlock");
        E2E.screenshot("lapsed");
        E2E.open("/media/photo-simien");
        assertThat(browser.pageText()).contains("All-access, 30 days ended on");
        E2E.screenshot();
    }

    private static boolean opens(String item) {
        return E2E.app().useCases().checkAccess().access(UserId.of("alice"), ItemId.of(item)).orElseThrow().isOpen();
    }
}
