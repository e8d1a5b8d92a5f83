package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.deposit.CardDepositRules;
import dev.plara.wallet.core.domain.money.CurrencyRules;

import java.util.Objects;

/**
 * How this platform runs its wallets: the provider product that tops wallets up, the amounts a card deposit may be,
 * and the currencies wallets hold with their conversions.
 */
public record WalletSettings(String topUpProductId, CardDepositRules cardDeposits, CurrencyRules currencies) {

    public WalletSettings {
        Objects.requireNonNull(topUpProductId, "top-up product id");
        Objects.requireNonNull(cardDeposits, "card deposit rules");
        Objects.requireNonNull(currencies, "currency rules");
        if (currencies.conversionFor(cardDeposits.chargeCurrency()).isEmpty()) {
            throw new IllegalArgumentException("card deposits are charged in " + cardDeposits.chargeCurrency()
                    + ", which no wallet holds and no conversion turns into a wallet currency");
        }
    }
}
