package dev.plara.app;

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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 8, scenario 5: content bought from the wallet opens; an unaffordable purchase is refused and costs nothing. */
class StoreBrowserTest {

    @RegisterExtension
    static final E2e E2E = E2e.plara();

    @BeforeAll
    static void aliceHasTenDollars(@TempDir Path files) throws Exception {
        var core = E2E.app().useCases();
        var receipt = new ReceiptUpload(Files.readAllBytes(Receipts.png(files)), "image/png");
        var submitted = (SubmitResult.Submitted) core.submitBankDeposit().submit(new SubmitBankDeposit(
                UserId.of("alice"), Money.usd(10_00), receipt, "Alice Abebe", "FT24STORE01", "+251911234567"));
        core.reviewBankDeposit().approve(new ApproveDeposit(submitted.deposit().id(), "admin"));
    }

    @Test
    void aVideoUnlockedWithTheKeyboardOpensAndAPurchaseBeyondTheBalanceIsRefusedAndChangesNothing() {
        var browser = E2E.browser();
        E2E.signInAs("alice", "Alice Abebe");
        E2E.open("/store");
        browser.showing("#balance-line", "Your balance: 10.00 USD");

        unlock("Welcome to the studio").sendKeys(Keys.ENTER);
        browser.showing("#status", "Unlocked Welcome to the studio for 2.00 USD. Balance: 8.00 USD.");
        browser.showing("#balance-line", "Your balance: 8.00 USD");
        var open = browser.driver().switchTo().activeElement();
        assertThat(open.getAccessibleName()).isEqualTo("Open Welcome to the studio");
        open.sendKeys(Keys.ENTER);
        var media = browser.visible("#viewer-media");
        browser.until(driver -> Boolean.TRUE.equals(browser.script(
                "return arguments[0].complete && arguments[0].naturalWidth > 0;", media)));
        assertThat(media.getAttribute("src")).endsWith("/media/video-welcome");
        assertThat(browser.find("#viewer-title").getText()).isEqualTo("Welcome to the studio");
        E2E.screenshot("opened");
        browser.click("Close");

        unlock("Colour grading masterclass").click();
        browser.showing("#status", "Not enough money in your wallet: it holds 8.00 USD and Colour grading "
                + "masterclass costs 12.00 USD. Nothing was charged.");
        assertThat(browser.find("#balance-line").getText()).contains("Your balance: 8.00 USD");
        assertThat(browser.find("#item-video-masterclass").getText()).doesNotContain("Owned");
        assertThat(E2E.app().useCases().viewWallet().balances(UserId.of("alice")).get(0).balance())
                .isEqualTo(Money.usd(8_00));
        E2E.screenshot();

        E2E.open("/store");
        browser.showing("#item-video-welcome", "Owned");
        assertThat(browser.find("#item-video-masterclass").getText()).contains("Unlock").doesNotContain("Owned");
    }

    private static WebElement unlock(String title) {
        var button = By.xpath("//article[h3[normalize-space(.)='" + title + "']]//button[starts-with(normalize-space(.), 'Unlock')]");
        return E2E.browser().until(driver -> driver.findElement(button));
    }
}
