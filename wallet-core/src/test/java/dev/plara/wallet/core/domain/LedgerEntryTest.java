package dev.plara.wallet.core.domain;

import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.deposit.DepositId;
import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.CardDepositFacts;
import dev.plara.wallet.core.domain.ledger.IdempotencyKey;
import dev.plara.wallet.core.domain.ledger.LedgerEntry;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.Entries;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerEntryTest {

    private static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");
    private final UserId alice = UserId.of("alice");

    private LedgerEntry entry(Account debit, Account credit, Money amount) {
        return new LedgerEntry(IdempotencyKey.polarOrder("o1"), debit, credit, amount, new CardDepositFacts("o1", null, null, null, null), AT);
    }

    @Test
    void anEntryMovesAPositiveAmountInOneCurrencyBetweenOneWalletAndOneSystemAccount() {
        var usd = Money.usd(0).currency();
        var etb = Money.etb(0).currency();

        assertThatThrownBy(() -> entry(Account.polarClearing(usd), Account.wallet(alice, usd), Money.usd(0)))
                .hasMessageContaining("positive amount");
        assertThatThrownBy(() -> entry(Account.polarClearing(etb), Account.wallet(alice, usd), Money.usd(1)))
                .hasMessageContaining("one currency");
        assertThatThrownBy(() -> entry(Account.wallet(UserId.of("bob"), usd), Account.wallet(alice, usd), Money.usd(1)))
                .hasMessageContaining("one wallet and one system account");
        assertThatThrownBy(() -> entry(Account.polarClearing(usd), Account.contentRevenue(usd), Money.usd(1)))
                .hasMessageContaining("one wallet and one system account");
    }

    @Test
    void aCreditRaisesItsWalletAndADebitLowersIt() {
        var credit = Entries.cardCredit("alice", "o1", Money.usd(5_00), AT);
        var purchase = Entries.purchase("alice", "v", Money.usd(2_00), AT);

        assertThat(credit.walletDelta()).isEqualTo(Money.usd(5_00));
        assertThat(purchase.walletDelta()).isEqualTo(Money.usd(-2_00));
        assertThat(purchase.debitsWallet()).isTrue();
        assertThat(purchase.wallet()).hasToString("wallet:alice/USD");
    }

    @Test
    void theSameEffectIgnoresFactsAndTimesButNotAmountsOrAccounts() {
        var credit = Entries.cardCredit("alice", "o1", Money.usd(5_00), AT);

        assertThat(credit.sameEffectAs(Entries.cardCredit("alice", "o1", Money.usd(5_00), AT.plusSeconds(60)))).isTrue();
        assertThat(credit.sameEffectAs(Entries.cardCredit("alice", "o1", Money.usd(5_01), AT))).isFalse();
        assertThat(credit.sameEffectAs(Entries.cardCredit("bob", "o1", Money.usd(5_00), AT))).isFalse();
    }

    @Test
    void accountsPrintAndParseTheirOwnForm() {
        var wallet = Account.wallet(UserId.guest("Zoe@Example.org"), Money.usd(0).currency());

        assertThat(wallet).hasToString("wallet:guest:zoe@example.org/USD");
        assertThat(Account.parse(wallet.toString())).isEqualTo(wallet);
        assertThat(wallet.owner()).isEqualTo(UserId.of("guest:zoe@example.org"));
        assertThatThrownBy(() -> Account.polarClearing(wallet.currency()).owner()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> UserId.of("a/b")).hasMessageContaining("'/'");
    }

    @Test
    void keysAreDerivedFromTheFactAndPlanPeriodsAreNumbered() {
        assertThat(IdempotencyKey.purchase(alice, ItemId.of("video-1")).value()).isEqualTo("purchase:alice:video-1");
        assertThat(IdempotencyKey.purchasePeriod(alice, ItemId.of("plan"), 3).period()).isEqualTo(3);
        assertThat(IdempotencyKey.purchase(alice, ItemId.of("7")).period()).isEqualTo(1);
        assertThat(IdempotencyKey.bankDeposit(new DepositId("d-1")).value()).isEqualTo("bank:d-1");
        assertThatThrownBy(() -> IdempotencyKey.polarOrder(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
