package dev.plara.wallet.core.domain;

import dev.plara.wallet.core.domain.deposit.BankDetails;
import dev.plara.wallet.core.domain.deposit.CardDepositRules;
import dev.plara.wallet.core.domain.money.Conversion;
import dev.plara.wallet.core.domain.money.CurrencyMismatchException;
import dev.plara.wallet.core.domain.money.CurrencyRules;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.user.Emails;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RulesTest {

    private final Currency usd = Money.usd(0).currency();
    private final Currency etb = Money.etb(0).currency();

    @Test
    void conversionRoundsDownSoItNeverCreatesMoney() {
        var rate = new Conversion(usd, etb, new BigDecimal("57.4999"));

        assertThat(rate.apply(Money.usd(1))).isEqualTo(Money.etb(57));
        assertThat(rate.apply(Money.usd(100))).isEqualTo(Money.etb(57_49));
        assertThat(new Conversion(usd, Money.of(0, "JPY").currency(), new BigDecimal("150.9")).apply(Money.usd(1_00)))
                .isEqualTo(Money.of(150, "JPY"));
        assertThatThrownBy(() -> rate.apply(Money.etb(1))).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> new Conversion(usd, etb, BigDecimal.ZERO)).hasMessageContaining("positive");
    }

    @Test
    void currencyRulesSayHowAPaymentReachesAWallet() {
        var rules = new CurrencyRules(Set.of(etb), List.of(new Conversion(usd, etb, new BigDecimal("57.5"))));

        assertThat(rules.conversionFor(etb)).contains(Conversion.identity(etb));
        assertThat(rules.conversionFor(usd).orElseThrow().rate()).isEqualByComparingTo("57.5");
        assertThat(rules.conversionFor(Money.of(0, "EUR").currency())).isEmpty();
        assertThatThrownBy(() -> new CurrencyRules(Set.of(usd), List.of(new Conversion(usd, etb, BigDecimal.TEN))))
                .hasMessageContaining("into a wallet currency");
    }

    @Test
    void cardDepositRulesAcceptPresetsAndTheCustomRangeOnly() {
        var rules = new CardDepositRules(usd, List.of(Money.usd(5_00)), Money.usd(2_00), Money.usd(3_00));
        var presetsOnly = new CardDepositRules(usd, List.of(Money.usd(5_00), Money.usd(10_00)), null, null);

        assertThat(rules.refusalFor(Money.usd(5_00))).isEmpty();
        assertThat(rules.refusalFor(Money.usd(2_00))).isEmpty();
        assertThat(rules.refusalFor(Money.usd(3_00))).isEmpty();
        assertThat(rules.refusalFor(Money.usd(3_01))).contains(
                "amount 3.01 USD is not allowed; choose one of 5.00 USD or any amount from 2.00 USD to 3.00 USD");
        assertThat(presetsOnly.refusalFor(Money.usd(7_00)))
                .contains("amount 7.00 USD is not allowed; choose one of 5.00 USD, 10.00 USD");
        assertThatThrownBy(() -> new CardDepositRules(usd, List.of(), null, null)).hasMessageContaining("presets");
    }

    @Test
    void theSmallestAndLargestDepositCoverPresetsAndTheCustomRange() {
        var rules = new CardDepositRules(usd, List.of(Money.usd(5_00)), Money.usd(2_00), Money.usd(3_00));
        var presetsOnly = new CardDepositRules(usd, List.of(Money.usd(10_00), Money.usd(5_00)), null, null);

        assertThat(List.of(rules.smallestAmount(), rules.largestAmount())).containsExactly(Money.usd(2_00), Money.usd(5_00));
        assertThat(List.of(presetsOnly.smallestAmount(), presetsOnly.largestAmount()))
                .containsExactly(Money.usd(5_00), Money.usd(10_00));
    }

    @Test
    void bankDetailsAreCheckedAndNormalised() {
        assertThat(BankDetails.of("  Abebe ", " ft 12-ab/9 ", " +251 911 000000 "))
                .isEqualTo(new BankDetails("Abebe", "FT12-AB/9", "+251 911 000000"));
        assertThat(BankDetails.problemWith("", "FT0001", "0911000000")).contains("sender name is required (at most 100 characters)");
        assertThat(BankDetails.problemWith("A", "F!", "0911000000")).isPresent();
        assertThat(BankDetails.problemWith("A", "FT0001", "12")).contains("phone must be 7-24 digits, optionally starting with +");
    }

    @Test
    void emailsAreCheckedAndLowerCased() {
        assertThat(Emails.normalize(" Zoe@Example.ORG ")).isEqualTo("zoe@example.org");
        assertThat(Emails.isValid("zoe@localhost")).isFalse();
        assertThat(Emails.isValid("a b@example.org")).isFalse();
        assertThat(Emails.isValid(null)).isFalse();
    }

    @Test
    void pagesCutListingsAndRefuseSillyRequests() {
        var page = Page.of(List.of(1, 2, 3, 4, 5), new PageRequest(2, 2));

        assertThat(page.items()).containsExactly(3, 4);
        assertThat(page.hasNext()).isTrue();
        assertThat(Page.of(List.of(1), new PageRequest(9, 2)).items()).isEmpty();
        assertThatThrownBy(() -> new PageRequest(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageRequest(1, 101)).isInstanceOf(IllegalArgumentException.class);
    }
}
