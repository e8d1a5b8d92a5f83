package dev.plara.http.api;

import dev.plara.http.api.DepositOptionsView.CurrencyView;
import dev.plara.wallet.core.domain.deposit.BankAccount;
import dev.plara.wallet.core.domain.deposit.BankDepositRules;

import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/**
 * What the bank-transfer form offers, per wallet currency: the account to send it to ({@code null} when none is set
 * up) and the most one deposit may claim.
 */
record BankOptionsView(List<BankCurrencyView> currencies) {

    static BankOptionsView from(BankDepositRules rules, Set<Currency> wallets) {
        return new BankOptionsView(wallets.stream().sorted(Comparator.comparing(Currency::getCurrencyCode))
                .map(currency -> BankCurrencyView.of(currency, rules)).toList());
    }

    /** A wallet currency, its account and its maximum. */
    record BankCurrencyView(String code, int fractionDigits, AccountView account, MoneyView maximum) {
        static BankCurrencyView of(Currency currency, BankDepositRules rules) {
            var code = CurrencyView.of(currency);
            return new BankCurrencyView(code.code(), code.fractionDigits(),
                    rules.accountFor(currency).map(AccountView::of).orElse(null),
                    rules.maximumFor(currency).map(MoneyView::from).orElse(null));
        }
    }

    /** Where to send a transfer. */
    record AccountView(String bank, String holder, String number, String note) {
        static AccountView of(BankAccount account) {
            return new AccountView(account.bank(), account.holder(), account.number(), account.note());
        }
    }
}
