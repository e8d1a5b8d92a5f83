package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.AdminCredit;
import dev.plara.wallet.core.domain.ledger.CardDepositFacts;
import dev.plara.wallet.core.domain.ledger.ConvertedPayment;
import dev.plara.wallet.core.domain.ledger.EntryFacts;
import dev.plara.wallet.core.domain.ledger.IdempotencyKey;
import dev.plara.wallet.core.domain.ledger.LedgerEntry;
import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.money.CurrencyRules;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.notification.NotificationKind;
import dev.plara.wallet.core.domain.payment.Assignment;
import dev.plara.wallet.core.domain.payment.ChargedAmounts;
import dev.plara.wallet.core.domain.payment.UnmatchedReason;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.AppendResult;
import dev.plara.wallet.core.port.out.LedgerStore;
import dev.plara.wallet.core.port.out.NotificationStore;
import dev.plara.wallet.core.port.out.Outbox;
import dev.plara.wallet.core.port.out.Overdraft;
import dev.plara.wallet.core.port.out.UnmatchedPaymentStore;

import java.time.Instant;

/**
 * A paid Polar order credited to a wallet under the order's own key, and what that credit causes: the parked payment
 * it resolves, the owner's notification and the operators' log line. Every step is idempotent, so finishing a credit a
 * crash interrupted (a repeat of the order, or the sweeper) gives the same state as crediting once.
 */
public final class CardCredit {

    private final LedgerStore ledger;
    private final UnmatchedPaymentStore unmatched;
    private final EntryNotices notices;
    private final CurrencyRules currencies;
    private final RefundService refunds;

    public CardCredit(LedgerStore ledger, UnmatchedPaymentStore unmatched, NotificationStore notifications,
                      Outbox outbox, CurrencyRules currencies, RefundService refunds) {
        this.ledger = ledger;
        this.unmatched = unmatched;
        this.notices = new EntryNotices(notifications, outbox);
        this.currencies = currencies;
        this.refunds = refunds;
    }

    /**
     * The credit of order {@code orderId}'s {@code paid} amount (converted into a wallet currency where configured) to
     * {@code user}'s wallet, keeping Polar's {@code charged} amounts ({@code null} if unknown); {@code admin} is the
     * admin who assigned the parked payment, or {@code null}.
     */
    LedgerEntry entryFor(String orderId, String customerEmail, Money paid, ChargedAmounts charged, UserId user,
                         AdminCredit admin, Instant at) {
        var conversion = currencies.conversionFor(paid.currency()).orElseThrow();
        var credited = conversion.apply(paid);
        var facts = new CardDepositFacts(orderId, customerEmail, ConvertedPayment.of(conversion, paid), admin, charged);
        return new LedgerEntry(IdempotencyKey.polarOrder(orderId), Account.polarClearing(credited.currency()),
                Account.wallet(user, credited.currency()), credited, facts, at);
    }

    /** Appends the credit and, once it is in the ledger (now or before), finishes what it causes. */
    AppendResult post(LedgerEntry credit) {
        var result = ledger.append(credit, Overdraft.FORBIDDEN);
        result.recorded().ifPresent(this::settle);
        return result;
    }

    /**
     * What a card credit causes, each step idempotent: the parked payment resolved, the owner and operators told, and
     * the refunds held for the order applied.
     */
    void settle(PostedEntry credit) {
        var orderId = resolveParkedPayment(credit);
        notices.tell(credit, NotificationKind.CREDIT, Messages.cardCredit(credit));
        refunds.applyHeldFor(orderId);
        ledger.markSettled(credit.key());
    }

    /**
     * A parked payment whose order is now credited stops waiting: assigned as the admin decided, or resolved by Plara
     * when the order came again; also when a crash came between the credit and that. A conflict stays for an admin.
     * Returns the credited order's id.
     */
    private String resolveParkedPayment(PostedEntry credit) {
        var entry = credit.entry();
        var owner = entry.wallet().owner();
        var facts = entry.facts().match(card -> card, CardCredit::notACredit, CardCredit::notACredit,
                CardCredit::notACredit);
        var admin = facts.assignedBy();
        var assignment = admin != null ? new Assignment(owner, admin.admin(), admin.at(), admin.note())
                : Assignment.creditedWhenItCameAgain(owner, entry.recordedAt());
        unmatched.find(facts.orderId())
                .filter(parked -> parked.waiting() && parked.reason() != UnmatchedReason.CONFLICT)
                .ifPresent(parked -> unmatched.assign(parked.orderId(), assignment));
        return facts.orderId();
    }

    private static CardDepositFacts notACredit(EntryFacts facts) {
        throw new IllegalArgumentException("not a card credit: " + facts.kind());
    }
}
