package dev.plara.app.config;

import dev.plara.wallet.core.domain.deposit.BankAccount;
import dev.plara.wallet.core.domain.deposit.BankDepositRules;
import dev.plara.wallet.core.domain.money.Money;

import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

/**
 * Bank transfers from the environment: {@code PLARA_BANK_ACCOUNT_<CURRENCY>} is the account users send that currency
 * to, written {@code BANK | ACCOUNT HOLDER | ACCOUNT NUMBER [| NOTE]} (a currency without one shows no account), and
 * {@code PLARA_BANK_DEPOSIT_MAX} the most one deposit may claim, as {@code CURRENCY=AMOUNT} pairs in major units
 * ({@code USD=5000,ETB=250000}); a wallet currency it leaves out may take up to 10,000.
 */
final class BankDepositConfig {

    static final String ACCOUNT_PREFIX = "PLARA_BANK_ACCOUNT_";
    static final String MAXIMUM = "PLARA_BANK_DEPOSIT_MAX";
    private static final String DEFAULT_MAXIMUM = "10000";

    private BankDepositConfig() {
    }

    static BankDepositRules from(Env env, Collection<Currency> wallets) {
        var accounts = new HashMap<Currency, BankAccount>();
        for (String variable : env.namesStartingWith(ACCOUNT_PREFIX)) {
            var currency = env.parsed(variable, value -> Money.currency(variable.substring(ACCOUNT_PREFIX.length())),
                    null);
            if (!wallets.contains(currency)) {
                throw new ConfigException(variable, "no wallet holds " + currency.getCurrencyCode()
                        + " (PLARA_WALLET_CURRENCIES)");
            }
            accounts.put(currency, env.parsed(variable, value -> account(currency, value), null));
        }
        var maxima = new HashMap<Currency, Money>();
        wallets.forEach(currency -> maxima.put(currency, WalletRulesConfig.major(DEFAULT_MAXIMUM, currency)));
        maxima.putAll(env.parsed(MAXIMUM, BankDepositConfig::maxima, Map.of()));
        try {
            return new BankDepositRules(accounts, maxima);
        } catch (IllegalArgumentException unusable) {
            throw new ConfigException(MAXIMUM, unusable.getMessage());
        }
    }

    private static BankAccount account(Currency currency, String value) {
        var parts = Arrays.stream(value.split("\\|")).map(String::strip).toList();
        if (parts.size() < 3 || parts.size() > 4) {
            throw new IllegalArgumentException("write it as BANK | ACCOUNT HOLDER | ACCOUNT NUMBER, optionally"
                    + " followed by | NOTE");
        }
        return new BankAccount(currency, parts.get(0), parts.get(1), parts.get(2), parts.size() == 4 ? parts.get(3)
                : null);
    }

    private static Map<Currency, Money> maxima(String value) {
        var maxima = new HashMap<Currency, Money>();
        for (String pair : value.split(",")) {
            var parts = pair.split("=");
            if (parts.length != 2) {
                throw new IllegalArgumentException("write each maximum as CURRENCY=AMOUNT, like USD=5000");
            }
            var currency = Money.currency(parts[0].strip());
            var maximum = WalletRulesConfig.major(parts[1].strip(), currency);
            if (!maximum.isPositive()) {
                throw new IllegalArgumentException("the maximum for " + currency + " must be above zero");
            }
            maxima.put(currency, maximum);
        }
        return maxima;
    }
}
