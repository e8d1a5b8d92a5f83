package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.deposit.BankDepositRules;
import dev.plara.wallet.core.domain.deposit.CardDepositRules;
import dev.plara.wallet.core.domain.money.CurrencyRules;

import java.util.Objects;

/**
 * How this platform runs its wallets: the provider product that tops wallets up, the amounts a card deposit may be,
 * the currencies wallets hold with their conversions, and where and how much users may send by bank transfer (a
 * maximum for every wallet currency, accounts in wallet currencies only).
 */
public record WalletSettings(String topUpProductId, CardDepositRules cardDeposits, CurrencyRules currencies,
                             BankDepositRules bankDeposits) {

    public WalletSettings {
        Objects.requireNonNull(topUpProductId, "top-up product id");
        Objects.requireNonNull(cardDeposits, "card deposit rules");
        Objects.requireNonNull(currencies, "currency rules");
        Objects.requireNonNull(bankDeposits, "bank deposit rules");
        if (currencies.conversionFor(cardDeposits.chargeCurrency()).isEmpty()) {
            throw new IllegalArgumentException("card deposits are charged in " + cardDeposits.chargeCurrency()
                    + ", which no wallet holds and no conversion turns into a wallet currency");
        }
        currencies.walletCurrencies().stream().filter(currency -> bankDeposits.maximumFor(currency).isEmpty())
                .findFirst().ifPresent(currency -> {
                    throw new IllegalArgumentException("bank deposits in " + currency + " need a maximum");
                });
        bankDeposits.accounts().keySet().stream().filter(currency -> !currencies.holds(currency)).findFirst()
                .ifPresent(currency -> {
                    throw new IllegalArgumentException("a bank account is set up for " + currency
                            + ", which no wallet holds");
                });
    }
}
