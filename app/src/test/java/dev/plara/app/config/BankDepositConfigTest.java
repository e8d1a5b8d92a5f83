package dev.plara.app.config;

import dev.plara.wallet.core.domain.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bank accounts and bank-deposit maxima read from the environment, and the ones refused at start. */
class BankDepositConfigTest {

    @TempDir
    Path workDir;

    private AppConfig config(Map<String, String> env) {
        return AppConfig.from(env, workDir);
    }

    @Test
    void bankAccountsAreReadPerCurrencyAndEveryWalletCurrencyHasABankDepositMaximum() {
        var env = new HashMap<String, String>(Map.of("PLARA_WALLET_CURRENCIES", "USD,ETB",
                "PLARA_BANK_ACCOUNT_ETB", "Commercial Bank of Ethiopia | Plara PLC | 1000 2000 3000 | Bole branch",
                "PLARA_BANK_DEPOSIT_MAX", "ETB=250000.50"));
        var bank = config(env).wallet().bankDeposits();

        var etbAccount = bank.accountFor(Money.etb(0).currency()).orElseThrow();
        assertThat(etbAccount.bank()).isEqualTo("Commercial Bank of Ethiopia");
        assertThat(etbAccount.holder()).isEqualTo("Plara PLC");
        assertThat(etbAccount.number()).isEqualTo("1000 2000 3000");
        assertThat(etbAccount.note()).isEqualTo("Bole branch");
        assertThat(bank.accountFor(Money.usd(0).currency())).isEmpty();
        assertThat(bank.maximumFor(Money.etb(0).currency())).contains(Money.etb(250_000_50));
        assertThat(bank.maximumFor(Money.usd(0).currency())).as("the default").contains(Money.usd(10_000_00));
    }

    @Test
    void aBankAccountOrMaximumThatCannotBeUsedStopsTheStartNamingItsVariable() {
        assertThatThrownBy(() -> config(Map.of("PLARA_BANK_ACCOUNT_USD", "Only a bank name")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("PLARA_BANK_ACCOUNT_USD: ")
                .hasMessageContaining("BANK | ACCOUNT HOLDER | ACCOUNT NUMBER");
        assertThatThrownBy(() -> config(Map.of("PLARA_BANK_ACCOUNT_EUR", "Bank | Holder | 123")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("PLARA_BANK_ACCOUNT_EUR: ")
                .hasMessageContaining("no wallet holds EUR");
        assertThatThrownBy(() -> config(Map.of("PLARA_BANK_DEPOSIT_MAX", "USD=0")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("PLARA_BANK_DEPOSIT_MAX: ");
        assertThatThrownBy(() -> config(Map.of("PLARA_BANK_DEPOSIT_MAX", "10000")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("CURRENCY=AMOUNT");
    }
}
