package dev.plara.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.Select;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bank-transfer form says where to send the money: the account configured for the chosen currency, or that none
 * is set up for it, and the most one deposit may claim, which it refuses to go beyond before anything is sent.
 */
class BankAccountBrowserTest {

    @RegisterExtension
    static final E2e E2E = E2e.plara(Map.of("PLARA_WALLET_CURRENCIES", "USD,ETB",
            "PLARA_BANK_ACCOUNT_USD", "First Test Bank | Plara Demo Ltd | 4400 1234 5678 | Write your user id as the reference",
            "PLARA_BANK_DEPOSIT_MAX", "USD=25000"));

    @Test
    void theDepositFormShowsTheConfiguredAccountForTheChosenCurrencyAndItsMaximum() {
        var browser = E2E.browser();
        E2E.signInAs("alice", "Alice Abebe");
        E2E.open("/deposit");

        var account = browser.showing("#bank-account", "Send USD to");
        assertThat(account.getText()).contains("First Test Bank", "Plara Demo Ltd", "4400 1234 5678",
                "Write your user id as the reference", "One deposit may claim at most 25,000.00 USD.");
        E2E.screenshot("usd");

        new Select(browser.find("#bank-currency")).selectByValue("ETB");
        browser.showing("#bank-account", "No bank account is set up for ETB transfers yet.");
        assertThat(browser.find("#bank-account").getText()).contains("at most 10,000.00 ETB");
        new Select(browser.find("#bank-currency")).selectByValue("USD");
        browser.showing("#bank-account", "First Test Bank");

        browser.type("#bank-amount", "100000000");
        browser.click("Send for review");
        browser.showing("#bank-error", "One deposit may claim at most 25,000.00 USD.");
        assertThat(browser.find("#bank-amount").getAttribute("aria-invalid")).isEqualTo("true");
        E2E.screenshot();
    }
}
