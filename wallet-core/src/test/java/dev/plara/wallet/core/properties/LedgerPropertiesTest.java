package dev.plara.wallet.core.properties;

import dev.plara.wallet.core.domain.deposit.ReceiptUpload;
import dev.plara.wallet.core.domain.ledger.EntryKind;
import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.fixtures.ReceiptFiles;
import dev.plara.wallet.core.port.in.PurchaseContentUseCase.PurchaseContent;
import dev.plara.wallet.core.port.in.ReviewBankDepositUseCase.ApproveDeposit;
import dev.plara.wallet.core.port.in.ReviewBankDepositUseCase.RejectDeposit;
import dev.plara.wallet.core.port.in.SubmitBankDepositUseCase.SubmitBankDeposit;
import dev.plara.wallet.core.port.in.SubmitBankDepositUseCase.SubmitResult;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random histories of payments (redelivered, conflicting, for unknown users), purchases, refunds and bank reviews,
 * checked against {@link WalletModel}: every balance is what the model says and the sum of its entries, the books
 * balance, no wallet goes below zero but through a refund, and no key is applied twice.
 */
class LedgerPropertiesTest {

    @Property(tries = 1000)
    void theLedgerAgreesWithTheModelWhateverHappens(@ForAll("histories") List<Op> history) {
        var h = CoreHarness.usd();
        var model = new WalletModel();
        Op.Pay last = null;
        for (Op op : history) {
            if (op instanceof Op.Redeliver && last != null) {
                op = last;
            }
            apply(h, op);
            replay(model, op);
            if (op instanceof Op.Pay pay) {
                last = pay;
            }
        }
        checkAgainst(h, model);
    }

    private static void apply(CoreHarness h, Op op) {
        if (op instanceof Op.Pay pay) {
            h.core.confirmCardPayment().confirm(h.paid(pay.order(), pay.user(), Money.usd(pay.cents())));
        } else if (op instanceof Op.Buy buy) {
            h.core.purchaseContent().purchase(new PurchaseContent(UserId.of(buy.user()), buy.item()));
        } else if (op instanceof Op.Refund refund) {
            h.core.applyRefund().apply(CompletedRefund.untaxed(refund.refund(), refund.order(), Money.usd(refund.cents()),
                    h.clock.tick()));
        } else if (op instanceof Op.Bank bank) {
            review(h, bank);
        } else if (op instanceof Op.Later later) {
            h.clock.advance(Duration.ofDays(later.days()));
            h.core.sweep().sweep();
        }
    }

    private static void review(CoreHarness h, Op.Bank bank) {
        var submitted = h.core.submitBankDeposit().submit(new SubmitBankDeposit(UserId.of(bank.user()),
                Money.usd(bank.cents()), new ReceiptUpload(ReceiptFiles.png(), "image/png"), "Sender", bank.code(),
                "+251911000000"));
        if (submitted instanceof SubmitResult.Submitted ok) {
            var reviews = h.core.reviewBankDeposit();
            if (bank.approve()) {
                reviews.approve(new ApproveDeposit(ok.deposit().id(), "admin"));
            } else {
                reviews.reject(new RejectDeposit(ok.deposit().id(), "admin", "does not match"));
            }
        }
    }

    private static void replay(WalletModel model, Op op) {
        if (op instanceof Op.Pay pay) {
            model.pay(pay.order(), pay.user(), pay.cents());
        } else if (op instanceof Op.Buy buy) {
            model.buy(buy.user(), buy.item());
        } else if (op instanceof Op.Refund refund) {
            model.refund(refund.refund(), refund.order(), refund.cents());
        } else if (op instanceof Op.Bank bank) {
            model.bank(bank.user(), bank.cents(), bank.code(), bank.approve());
        } else if (op instanceof Op.Later later) {
            model.later(later.days());
        }
    }

    private static void checkAgainst(CoreHarness h, WalletModel model) {
        for (String user : List.of("alice", "bob", "carol")) {
            assertThat(h.balanceOf(user)).as("balance of %s", user).isEqualTo(Money.usd(model.balance(user)));
        }
        var audit = h.core.auditLedger().audit();
        assertThat(audit.discrepancies()).as("audit").isEmpty();
        var entries = new ArrayList<PostedEntry>();
        h.stores.ledger().forEachEntry(entries::add);
        assertThat(entries).as("one entry per effect").hasSize(model.effects);
        assertThat(new HashSet<>(entries.stream().map(PostedEntry::key).toList())).as("keys applied once")
                .hasSize(entries.size());
        assertThat(entries).as("only refunds overdraw").allMatch(posted -> !posted.balanceAfter().isNegative()
                || posted.entry().kind() == EntryKind.REFUND || !posted.entry().debitsWallet());
        assertThat(h.stores.ledger().unsettled(10)).as("every entry settled").isEmpty();
    }

    @Provide
    Arbitrary<List<Op>> histories() {
        var users = Arbitraries.of("alice", "bob", "carol");
        var orders = Arbitraries.integers().between(0, 7).map(i -> "order_" + i);
        var cents = Arbitraries.longs().between(0, 3_000);
        Arbitrary<Op> pay = Combinators.combine(orders, users, cents).as(Op.Pay::new);
        Arbitrary<Op> buy = Combinators.combine(Arbitraries.of("alice", "bob"),
                Arbitraries.of(CoreHarness.VIDEO, CoreHarness.PHOTO, CoreHarness.PLAN)).as(Op.Buy::new);
        Arbitrary<Op> refund = Combinators.combine(Arbitraries.integers().between(0, 4), orders,
                Arbitraries.longs().between(1, 2_000)).as((i, order, amount) -> new Op.Refund("refund_" + i + "_of_" + order,
                order, amount));
        Arbitrary<Op> bank = Combinators.combine(Arbitraries.of("alice", "bob"), Arbitraries.longs().between(1, 5_000),
                Arbitraries.integers().between(0, 3).map(i -> "FT000" + i), Arbitraries.of(true, false)).as(Op.Bank::new);
        Arbitrary<Op> later = Arbitraries.integers().between(0, 40).map(Op.Later::new);
        Arbitrary<Op> redeliver = Arbitraries.just(new Op.Redeliver());
        return Arbitraries.frequencyOf(
                        Tuple.of(5, pay), Tuple.of(3, redeliver),
                        Tuple.of(5, buy), Tuple.of(2, refund),
                        Tuple.of(2, bank), Tuple.of(1, later))
                .list().ofMinSize(1).ofMaxSize(40);
    }
}
