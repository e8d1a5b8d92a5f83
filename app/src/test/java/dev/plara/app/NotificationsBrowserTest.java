package dev.plara.app;

import dev.plara.wallet.core.domain.deposit.ReceiptUpload;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.in.ReviewBankDepositUseCase.ApproveDeposit;
import dev.plara.wallet.core.port.in.SubmitBankDepositUseCase.SubmitBankDeposit;
import dev.plara.wallet.core.port.in.SubmitBankDepositUseCase.SubmitResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many notifications stay short: the wallet page shows five at a time with a pager, and "Mark all read" marks every
 * one of them, on every page, so the unread badges here and in the navigation empty.
 */
class NotificationsBrowserTest {

    @RegisterExtension
    static final E2e E2E = E2e.plara();

    @TempDir
    Path files;

    @Test
    void markAllReadEmptiesTheBadgeForEveryPageOfNotifications() throws IOException {
        for (int i = 1; i <= 7; i++) {
            approvedBankDeposit("bob", "FT7000" + i, 10_00L * i);
        }
        var browser = E2E.browser();
        E2E.signInAs("bob", "Bob Bekele");
        E2E.open("/wallet");

        browser.showing("#unread", "7 unread");
        assertThat(browser.find("#nav-unread").getText()).startsWith("7");
        assertThat(browser.find("#notifications").findElements(By.tagName("li"))).hasSize(5);
        browser.showing("#notes-page-info", "Page 1 of 2");
        E2E.screenshot("before");

        browser.click("Mark all read");
        browser.showing("#notifications-status", "Marked 7 notifications as read.");
        assertThat(browser.find("#unread").isDisplayed()).isFalse();
        browser.until(driver -> !driver.findElement(By.id("nav-unread")).isDisplayed());
        assertThat(browser.find("#mark-all-read").isDisplayed()).isFalse();
        assertThat(browser.find("#notifications").findElements(By.cssSelector("li.unread"))).isEmpty();
        browser.find("#notes-older").click();
        browser.showing("#notes-page-info", "Page 2 of 2");
        assertThat(browser.find("#notifications").findElements(By.cssSelector("li.read"))).hasSize(2);
        E2E.screenshot();

        E2E.open("/store");
        assertThat(browser.driver().findElements(By.id("nav-unread"))).as("after a reload too").isEmpty();
    }

    /** A bank deposit of {@code cents} USD by {@code user}, approved, which notifies the user once. */
    private void approvedBankDeposit(String user, String code, long cents) throws IOException {
        var useCases = E2E.app().useCases();
        var receipt = new ReceiptUpload(Files.readAllBytes(Receipts.png(files)), "image/png");
        var submitted = (SubmitResult.Submitted) useCases.submitBankDeposit().submit(new SubmitBankDeposit(
                UserId.of(user), Money.usd(cents), receipt, "Bob Bekele", code, "+251 911 234567"));
        useCases.reviewBankDeposit().approve(new ApproveDeposit(submitted.deposit().id(), "admin"));
    }
}
