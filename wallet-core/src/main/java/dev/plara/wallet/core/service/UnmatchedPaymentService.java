package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.ledger.AdminCredit;
import dev.plara.wallet.core.domain.ledger.LedgerEntry;
import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.payment.Assignment;
import dev.plara.wallet.core.domain.payment.UnmatchedPayment;
import dev.plara.wallet.core.domain.payment.UnmatchedReason;
import dev.plara.wallet.core.domain.payment.UnmatchedRefund;
import dev.plara.wallet.core.port.in.AssignUnmatchedPaymentUseCase.AssignPayment;
import dev.plara.wallet.core.port.in.AssignUnmatchedPaymentUseCase.AssignResult;
import dev.plara.wallet.core.port.in.AssignUnmatchedPaymentUseCase;
import dev.plara.wallet.core.port.in.ListUnmatchedPaymentsUseCase;
import dev.plara.wallet.core.port.out.UnitOfWork;
import dev.plara.wallet.core.port.out.UnmatchedPaymentStore;

import java.time.Clock;

/** Parked payments: admins list them and credit one to the user it belongs to, under the order's own key. */
public final class UnmatchedPaymentService implements AssignUnmatchedPaymentUseCase, ListUnmatchedPaymentsUseCase {

    private final UnmatchedPaymentStore unmatched;
    private final UnitOfWork unitOfWork;
    private final CardCredit cardCredit;
    private final CardCreditCheck creditCheck;
    private final Clock clock;

    public UnmatchedPaymentService(UnmatchedPaymentStore unmatched, UnitOfWork unitOfWork, CardCredit cardCredit,
                                   CardCreditCheck creditCheck, Clock clock) {
        this.unmatched = unmatched;
        this.unitOfWork = unitOfWork;
        this.cardCredit = cardCredit;
        this.creditCheck = creditCheck;
        this.clock = clock;
    }

    @Override
    public AssignResult assign(AssignPayment command) {
        var found = unmatched.find(command.orderId());
        if (found.isEmpty()) {
            return new AssignResult.Refused("no parked payment for order " + command.orderId());
        }
        var payment = found.get();
        if (!payment.waiting()) {
            return new AssignResult.Refused("order " + payment.orderId() + " was assigned to "
                    + payment.assignment().user() + " already");
        }
        if (payment.reason() == UnmatchedReason.CONFLICT) {
            return new AssignResult.Refused("the ledger already holds order " + payment.orderId()
                    + " with another amount or account: investigate before crediting");
        }
        var problem = creditCheck.problemWith(payment.amount(), command.user().value());
        if (problem.isPresent()) {
            return new AssignResult.Refused(problem.get().detail());
        }
        var assignment = new Assignment(command.user(), command.admin(), clock.instant(), command.note());
        var admin = new AdminCredit(assignment.by(), assignment.at(), assignment.note());
        var entry = cardCredit.entryFor(payment.orderId(), payment.customerEmail(), payment.amount(), payment.charged(),
                assignment.user(), admin, assignment.at());
        var paid = RefundAmounts.paid(entry);
        var refunded = unmatched.refundsOf(payment.orderId()).stream()
                .map(held -> RefundAmounts.measured(entry, held.refund())).reduce(Money.zero(paid.currency()), Money::plus);
        if (!refunded.isLessThan(paid)) {
            return new AssignResult.Refused("Polar refunded " + refunded + " of order " + payment.orderId() + ", all of"
                    + " the " + paid + " it paid: nothing is left to credit.");
        }
        return unitOfWork.run(() -> credit(payment, assignment, entry));
    }

    /** Credits the whole payment; the refunds held for it are taken back right after, as the credit settles. */
    private AssignResult credit(UnmatchedPayment payment, Assignment assignment, LedgerEntry entry) {
        return cardCredit.post(entry).match(
                appended -> assigned(payment, assignment, appended.posted()),
                repeat -> assigned(payment, assignment, repeat.existing()),
                conflict -> new AssignResult.Refused(conflict.reason()),
                lacking -> {
                    throw new IllegalStateException("a credit cannot lack funds: " + lacking);
                });
    }

    private AssignResult assigned(UnmatchedPayment payment, Assignment assignment, PostedEntry credit) {
        unmatched.assign(payment.orderId(), assignment);
        return new AssignResult.Assigned(credit);
    }

    @Override
    public Page<UnmatchedPayment> list(boolean waitingOnly, PageRequest page) {
        return unmatched.list(waitingOnly, page);
    }

    @Override
    public Page<UnmatchedRefund> refunds(boolean waitingOnly, PageRequest page) {
        return unmatched.refunds(waitingOnly, page);
    }
}
