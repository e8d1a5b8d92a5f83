package dev.plara.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 8, scenario 4: bank deposits with receipts, reviewed by an admin who approves one and rejects another. */
class BankDepositBrowserTest {

    @RegisterExtension
    static final E2e E2E = E2e.plara();

    @TempDir
    Path files;

    @Test
    void anAdminSeesTheReceiptApprovesOneDepositAndRejectsAnotherWhoseReasonTheUserSees() {
        var browser = E2E.browser();
        E2E.signInAs("alice", "Alice Abebe");
        E2E.open("/deposit");
        browser.click("Send for review");
        browser.showing("#bank-error", "Type the amount you sent");
        assertThat(browser.find("#bank-error").getText()).contains("Choose the receipt of your transfer.");
        assertThat(browser.find("#bank-amount").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("bank-amount");
        fillIn("250", "FT24001ALICE", Receipts.png(files));
        for (String corrected : new String[] {"bank-amount", "sender", "code", "phone", "receipt"}) {
            assertThat(browser.find("#" + corrected).getAttribute("aria-invalid")).as("%s, corrected", corrected).isNull();
        }
        assertThat(browser.visible("#preview-name").getText()).startsWith("Image: transfer-receipt.png");
        assertThat(loaded(browser.visible("#preview-image"))).as("the image preview shows").isTrue();
        E2E.screenshot("preview");
        browser.click("Send for review");
        browser.showing("#bank-status", "Sent. An administrator will review your deposit");
        fillIn("40", "FT24002ALICE", Receipts.pdf(files));
        assertThat(browser.visible("#preview-name").getText()).startsWith("PDF: bank-statement.pdf");
        assertThat(browser.find("#preview-image").isDisplayed()).isFalse();
        browser.click("Send for review");
        browser.until(driver -> driver.findElements(By.cssSelector("#past .submission.pending")).size() == 2);

        E2E.signInAs("admin", "Ada Admin");
        E2E.open("/admin");
        var image = review("250.00 USD").findElement(By.cssSelector("img.receipt"));
        browser.until(driver -> loaded(image));
        browser.showing("#reviews", "This receipt is a PDF.");
        E2E.screenshot("admin");
        review("250.00 USD").findElement(By.xpath(".//button[starts-with(normalize-space(.), 'Approve')]")).click();
        browser.showing("#reviews-status", "Approved: 250.00 USD credited to alice.");
        var rejected = review("40.00 USD");
        rejected.findElement(By.tagName("input")).sendKeys("The receipt does not show the transaction code.");
        rejected.findElement(By.xpath(".//button[normalize-space(.)='Reject']")).click();
        browser.showing("#reviews-status", "Rejected: 40.00 USD from alice.");
        browser.showing("#reviews", "Nothing waits for review.");

        E2E.signInAs("alice", "Alice Abebe");
        E2E.open("/wallet");
        browser.showing("#balances", "250.00 USD");
        browser.showing("#notifications", "Bank deposit of 250.00 USD approved and credited.");
        browser.showing("#notifications", "was rejected: The receipt does not show the transaction code.");
        assertThat(browser.find("#unread").getText()).isEqualTo("2 unread");
        E2E.open("/deposit");
        browser.showing("#past", "Reason: The receipt does not show the transaction code.");
        assertThat(browser.find("#past .submission.approved").getText()).contains("250.00 USD", "Approved");
        assertThat(browser.find("#past .submission.rejected").getText()).contains("40.00 USD", "Rejected");
        E2E.screenshot();
    }

    private void fillIn(String amount, String code, Path receipt) {
        var browser = E2E.browser();
        browser.type("#bank-amount", amount);
        browser.type("#sender", "Alice Abebe");
        browser.type("#code", code);
        browser.type("#phone", "+251 911 234567");
        browser.find("#receipt").sendKeys(receipt.toAbsolutePath().toString());
    }

    private static WebElement review(String amount) {
        var card = By.xpath("//article[@aria-label='Deposit of " + amount + " by alice']");
        return E2E.browser().until(driver -> driver.findElement(card));
    }

    private static boolean loaded(WebElement image) {
        return Boolean.TRUE.equals(E2E.browser().script("return arguments[0].complete && arguments[0].naturalWidth > 0;",
                image));
    }
}
