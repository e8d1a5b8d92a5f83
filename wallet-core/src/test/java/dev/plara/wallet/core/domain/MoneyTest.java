package dev.plara.wallet.core.domain;

import dev.plara.wallet.core.domain.money.CurrencyMismatchException;
import dev.plara.wallet.core.domain.money.Money;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void arithmeticIsExactInMinorUnits() {
        assertThat(Money.usd(10).plus(Money.usd(20))).isEqualTo(Money.usd(30));
        assertThat(Money.usd(10).minus(Money.usd(25))).isEqualTo(Money.usd(-15));
        assertThat(Money.usd(-15).negate()).isEqualTo(Money.usd(15));
        assertThat(Money.usd(1).isLessThan(Money.usd(2))).isTrue();
    }

    @Test
    void currenciesAreNeverMixedSilently() {
        assertThatThrownBy(() -> Money.usd(1).plus(Money.etb(1))).isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("currencies differ: 0.01 USD and 0.01 ETB");
        assertThatThrownBy(() -> Money.usd(1).compareTo(Money.etb(1))).isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void overflowIsABrokenInvariantNotAWrapAround() {
        assertThatThrownBy(() -> Money.usd(Long.MAX_VALUE).plus(Money.usd(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.usd(Long.MIN_VALUE).negate()).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void amountsPrintWithTheCurrencysOwnScale() {
        assertThat(Money.usd(12_34)).hasToString("12.34 USD");
        assertThat(Money.usd(-5)).hasToString("-0.05 USD");
        assertThat(Money.of(500, "JPY")).hasToString("500 JPY");
        assertThat(Money.of(1_234, "KWD")).hasToString("1.234 KWD");
    }

    @Test
    void largeAmountsPrintWithTheirDigitsGroupedInThousands() {
        assertThat(Money.usd(100_000_000_00L)).hasToString("100,000,000.00 USD");
        assertThat(Money.usd(-1_234_56)).hasToString("-1,234.56 USD");
        assertThat(Money.of(1_234_567, "JPY")).hasToString("1,234,567 JPY");
        assertThat(Money.usd(999_99)).hasToString("999.99 USD");
    }

    @Test
    void printsAsTheGroupedDecimalFormatDoesForEveryScaleAndSign() {
        var random = new Random(20261206L);
        for (String code : List.of("USD", "JPY", "BHD", "ETB")) {
            var values = new ArrayList<>(List.of(0L, 1L, -1L, 5L, -5L, 99L, -100L, 1_000L, -999_999L, Long.MAX_VALUE,
                    Long.MIN_VALUE));
            for (int i = 0; i < 500; i++) {
                values.add(random.nextLong() >> random.nextInt(64));
            }
            for (long minor : values) {
                var money = Money.of(minor, code);
                assertThat(money).hasToString(String.format(Locale.ROOT,
                        "%,." + money.currency().getDefaultFractionDigits() + "f", money.toMajor()) + " " + code);
            }
        }
    }

    @Test
    void onlyRealCurrencyCodesAreAccepted() {
        assertThatThrownBy(() -> Money.of(1, "usd")).hasMessageContaining("not an ISO 4217 currency code");
        assertThatThrownBy(() -> Money.of(1, "USDX")).hasMessageContaining("not an ISO 4217 currency code");
        assertThatThrownBy(() -> Money.of(1, "U D")).hasMessageContaining("not an ISO 4217 currency code");
        assertThatThrownBy(() -> Money.of(1, "ABC")).hasMessage("unknown currency: ABC");
        assertThatThrownBy(() -> Money.of(1, "XXX")).hasMessage("not a currency of money: XXX");
    }
}
