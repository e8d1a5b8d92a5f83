package dev.plara.http.api;

import dev.plara.wallet.core.domain.deposit.CardDepositRules;

import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/**
 * What a deposit form offers: card amounts in the charge currency (presets, and the custom range or {@code null} when
 * only presets are allowed), and the currencies wallets hold (for bank deposits). Each currency says how many fraction
 * digits it has, so a form can turn a typed amount into minor units.
 */
record DepositOptionsView(CurrencyView chargeCurrency, List<MoneyView> presets, RangeView custom,
                          List<CurrencyView> walletCurrencies) {

    static DepositOptionsView from(CardDepositRules card, Set<Currency> wallets) {
        var range = card.allowsCustom()
                ? new RangeView(MoneyView.from(card.customMinimum()), MoneyView.from(card.customMaximum())) : null;
        return new DepositOptionsView(CurrencyView.of(card.chargeCurrency()),
                card.presets().stream().map(MoneyView::from).toList(), range,
                wallets.stream().sorted(Comparator.comparing(Currency::getCurrencyCode)).map(CurrencyView::of).toList());
    }

    /** A currency's ISO code and how many digits follow its decimal point. */
    record CurrencyView(String code, int fractionDigits) {
        static CurrencyView of(Currency currency) {
            return new CurrencyView(currency.getCurrencyCode(), Math.max(0, currency.getDefaultFractionDigits()));
        }
    }

    /** The smallest and largest custom card deposit. */
    record RangeView(MoneyView minimum, MoneyView maximum) {
    }
}
