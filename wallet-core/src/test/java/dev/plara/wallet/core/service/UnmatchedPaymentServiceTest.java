package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.AdminCredit;
import dev.plara.wallet.core.domain.ledger.CardDepositFacts;
import dev.plara.wallet.core.domain.ledger.IdempotencyKey;
import dev.plara.wallet.core.domain.ledger.LedgerEntry;
import dev.plara.wallet.core.domain.money.Conversion;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.payment.Assignment;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.port.in.AssignUnmatchedPaymentUseCase.AssignPayment;
import dev.plara.wallet.core.port.in.AssignUnmatchedPaymentUseCase.AssignResult;
import dev.plara.wallet.core.port.in.ConfirmCardPaymentUseCase.CardPaymentResult;
import dev.plara.wallet.core.port.out.Overdraft;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnmatchedPaymentServiceTest {

    private final CoreHarness h = CoreHarness.usd();

    private AssignResult assign(String orderId, String user) {
        return h.core.assignUnmatchedPayment().assign(new AssignPayment(orderId, UserId.of(user), "admin-1", "by email"));
    }

    @Test
    void anAssignedPaymentIsCreditedUnderTheOrdersOwnKeySoARedeliveryCannotCreditItAgain() {
        h.core.confirmCardPayment().confirm(h.paid("order_1", null, Money.usd(12_00)));

        var assigned = assign("order_1", "bob");
        var redelivered = h.core.confirmCardPayment().confirm(h.paid("order_1", null, Money.usd(12_00)));

        assertThat(assigned).isInstanceOfSatisfying(AssignResult.Assigned.class, result -> {
            assertThat(result.posted().key().value()).isEqualTo("polar:order:order_1");
            assertThat(result.posted().entry().facts()).isInstanceOfSatisfying(CardDepositFacts.class,
                    facts -> assertThat(facts.assignedBy().admin()).isEqualTo("admin-1"));
            assertThat(result.posted().entry().facts().description()).isEqualTo("by email");
        });
        assertThat(redelivered).isInstanceOf(CardPaymentResult.AlreadyCredited.class);
        assertThat(h.balanceOf("bob")).isEqualTo(Money.usd(12_00));
        assertThat(h.core.listUnmatchedPayments().list(true, PageRequest.first(10)).total()).isZero();
        assertThat(h.core.listUnmatchedPayments().list(false, PageRequest.first(10)).items().get(0).assignment().user())
                .isEqualTo(UserId.of("bob"));
    }

    @Test
    void assignmentsThatCannotCreditAreRefusedWithTheReason() {
        h.core.confirmCardPayment().confirm(h.paid("order_1", null, Money.usd(12_00)));
        h.core.confirmCardPayment().confirm(h.paid("order_eur", null, Money.of(12_00, "EUR")));

        assertThat(assign("order_404", "bob")).isEqualTo(new AssignResult.Refused("no parked payment for order order_404"));
        assertThat(assign("order_1", "stranger")).isEqualTo(
                new AssignResult.Refused("user 'stranger' has never signed in to Plara"));
        assertThat(assign("order_eur", "bob")).isEqualTo(
                new AssignResult.Refused("no wallet holds EUR and no conversion is configured for it"));
        assign("order_1", "bob");
        assertThat(assign("order_1", "alice")).isEqualTo(
                new AssignResult.Refused("order order_1 was assigned to bob already"));
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(0));
    }

    @Test
    void aCrashBetweenTheCreditAndTheAssignmentIsFinishedByTheSweep() {
        h.core.confirmCardPayment().confirm(h.paid("order_1", null, Money.usd(12_00)));
        var usd = Money.usd(0).currency();
        var creditedButNotAssigned = new LedgerEntry(IdempotencyKey.polarOrder("order_1"), Account.polarClearing(usd),
                Account.wallet(UserId.of("bob"), usd), Money.usd(12_00), CardDepositFacts.of("order_1", null, Conversion.identity(usd), Money.usd(12_00))
                        .assignedBy(new AdminCredit("admin-1", h.clock.tick(), "by email")), h.clock.tick());
        h.stores.ledger().append(creditedButNotAssigned, Overdraft.FORBIDDEN);

        h.core.sweep().sweep();

        var parked = h.core.listUnmatchedPayments().list(false, PageRequest.first(10)).items().get(0);
        assertThat(parked.waiting()).isFalse();
        assertThat(parked.assignment().user()).isEqualTo(UserId.of("bob"));
        assertThat(parked.assignment().by()).isEqualTo("admin-1");
        assertThat(parked.assignment().note()).isEqualTo("by email");
        assertThat(h.balanceOf("bob")).isEqualTo(Money.usd(12_00));
    }

    @Test
    void aParkedPaymentCreditedWhenItsOrderComesAgainLeavesTheQueue() {
        h.core.confirmCardPayment().confirm(h.paid("order_1", "carol", Money.usd(12_00)));
        h.stores.users().remember(new UserProfile(UserId.of("carol"), "carol@example.org", "Carol"));

        var redelivered = h.core.confirmCardPayment().confirm(h.paid("order_1", "carol", Money.usd(12_00)));

        assertThat(redelivered).isInstanceOf(CardPaymentResult.Credited.class);
        assertThat(h.core.listUnmatchedPayments().list(true, PageRequest.first(10)).total()).isZero();
        var resolved = h.stores.unmatched().find("order_1").orElseThrow().assignment();
        assertThat(resolved).isEqualTo(Assignment.creditedWhenItCameAgain(UserId.of("carol"),
                ((CardPaymentResult.Credited) redelivered).posted().entry().recordedAt()));
        assertThat(assign("order_1", "bob")).isInstanceOf(AssignResult.Refused.class);
    }

    @Test
    void aCrashBetweenALaterCreditOfTheOrderAndResolvingItIsFinishedByTheSweep() {
        h.core.confirmCardPayment().confirm(h.paid("order_1", "carol", Money.usd(12_00)));
        h.stores.users().remember(new UserProfile(UserId.of("carol"), "carol@example.org", "Carol"));
        var usd = Money.usd(0).currency();
        var creditedButWaiting = new LedgerEntry(IdempotencyKey.polarOrder("order_1"), Account.polarClearing(usd),
                Account.wallet(UserId.of("carol"), usd), Money.usd(12_00), CardDepositFacts.of("order_1", null, Conversion.identity(usd), Money.usd(12_00)), h.clock.tick());
        h.stores.ledger().append(creditedButWaiting, Overdraft.FORBIDDEN);

        h.core.sweep().sweep();

        assertThat(h.stores.unmatched().find("order_1").orElseThrow().assignment())
                .isEqualTo(Assignment.creditedWhenItCameAgain(UserId.of("carol"), creditedButWaiting.recordedAt()));
    }

    @Test
    void aConflictIsNeverAssignedNorResolvedByTheOrderComingAgain() {
        h.core.confirmCardPayment().confirm(h.paid("order_1", "alice", Money.usd(10_00)));
        h.core.confirmCardPayment().confirm(h.paid("order_1", "alice", Money.usd(50_00)));
        h.core.confirmCardPayment().confirm(h.paid("order_1", "alice", Money.usd(10_00)));

        assertThat(h.stores.unmatched().find("order_1").orElseThrow().waiting()).isTrue();
        assertThat(assign("order_1", "bob")).isInstanceOf(AssignResult.Refused.class);
        assertThat(h.balanceOf("bob")).isEqualTo(Money.usd(0));
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(10_00));
    }
}
