package dev.plara.app.config;

import dev.plara.wallet.core.domain.access.SubscriptionAccessPolicy;
import dev.plara.wallet.core.domain.deposit.BankDepositRules;
import dev.plara.wallet.core.domain.deposit.CardDepositRules;
import dev.plara.wallet.core.domain.money.Conversion;
import dev.plara.wallet.core.domain.money.CurrencyRules;
import dev.plara.wallet.core.domain.money.Money;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * The wallet rules from the environment: {@code PLARA_CHARGE_CURRENCY} (USD), {@code PLARA_DEPOSIT_PRESETS}
 * (5,10,25,50 in major units), {@code PLARA_DEPOSIT_MIN}/{@code PLARA_DEPOSIT_MAX} for custom amounts (1 to 1000; set
 * {@code PLARA_DEPOSIT_CUSTOM=off} for presets only), {@code PLARA_WALLET_CURRENCIES} (the charge currency) and
 * {@code PLARA_CONVERSIONS} such as {@code USD:ETB=57.5}; bank transfers as {@link BankDepositConfig} reads them;
 * how long subscriptions keep access past their period as {@link SubscriptionAccessConfig} reads it.
 */
public record WalletRulesConfig(CardDepositRules cardDeposits, CurrencyRules currencies,
                                BankDepositRules bankDeposits, SubscriptionAccessPolicy subscriptionAccess) {

    static WalletRulesConfig from(Env env) {
        Currency charge = env.parsed("PLARA_CHARGE_CURRENCY", Money::currency, Money.currency("USD"));
        List<Money> presets = env.parsed("PLARA_DEPOSIT_PRESETS", value -> Arrays.stream(value.split(","))
                .map(amount -> major(amount.strip(), charge)).toList(), defaults(charge, "5", "10", "25", "50"));
        boolean custom = !"off".equalsIgnoreCase(env.optional("PLARA_DEPOSIT_CUSTOM").orElse("on"));
        Money min = custom ? env.parsed("PLARA_DEPOSIT_MIN", value -> major(value, charge), major("1", charge)) : null;
        Money max = custom ? env.parsed("PLARA_DEPOSIT_MAX", value -> major(value, charge), major("1000", charge)) : null;
        var cardRules = build("PLARA_DEPOSIT_PRESETS", () -> new CardDepositRules(charge, presets, min, max));
        var wallets = env.parsed("PLARA_WALLET_CURRENCIES", value -> Arrays.stream(value.split(","))
                .map(code -> Money.currency(code.strip())).toList(), List.of(charge));
        var conversions = env.parsed("PLARA_CONVERSIONS", WalletRulesConfig::conversions, List.<Conversion>of());
        var currencyRules = build("PLARA_CONVERSIONS", () -> new CurrencyRules(new LinkedHashSet<>(wallets), conversions));
        if (currencyRules.conversionFor(charge).isEmpty()) {
            throw new ConfigException("PLARA_WALLET_CURRENCIES", "must hold " + charge.getCurrencyCode()
                    + " or PLARA_CONVERSIONS must convert it into a wallet currency");
        }
        return new WalletRulesConfig(cardRules, currencyRules, BankDepositConfig.from(env, wallets),
                SubscriptionAccessConfig.from(env));
    }

    /** {@code 12.50} in {@code currency}, refusing more decimals than the currency has. */
    static Money major(String amount, Currency currency) {
        var minor = new BigDecimal(amount).movePointRight(currency.getDefaultFractionDigits());
        return new Money(minor.longValueExact(), currency);
    }

    private static List<Money> defaults(Currency currency, String... amounts) {
        return Arrays.stream(amounts).map(amount -> major(amount, currency)).toList();
    }

    private static List<Conversion> conversions(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).map(rule -> {
            var parts = rule.split("[:=]");
            if (parts.length != 3) {
                throw new IllegalArgumentException("write each conversion as FROM:TO=RATE, like USD:ETB=57.5");
            }
            return new Conversion(Money.currency(parts[0].strip()), Money.currency(parts[1].strip()),
                    new BigDecimal(parts[2].strip()));
        }).toList();
    }

    private static <T> T build(String variable, Supplier<T> rules) {
        try {
            return rules.get();
        } catch (IllegalArgumentException bad) {
            throw new ConfigException(variable, bad.getMessage());
        }
    }
}
