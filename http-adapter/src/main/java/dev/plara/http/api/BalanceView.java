package dev.plara.http.api;

import dev.plara.wallet.core.domain.ledger.WalletBalance;

/** One wallet: its currency, balance, and whether a refund took it below zero. */
record BalanceView(String currency, MoneyView balance, boolean overdrawn) {

    static BalanceView from(WalletBalance wallet) {
        return new BalanceView(wallet.balance().currencyCode(), MoneyView.from(wallet.balance()), wallet.overdrawn());
    }
}
