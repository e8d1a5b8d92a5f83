package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.Account;
import dev.plara.wallet.core.domain.Assignment;
import dev.plara.wallet.core.domain.EntryFacts;
import dev.plara.wallet.core.domain.EntryKind;
import dev.plara.wallet.core.domain.IdempotencyKey;
import dev.plara.wallet.core.domain.LedgerEntry;
import dev.plara.wallet.core.domain.Page;
import dev.plara.wallet.core.domain.PageRequest;
import dev.plara.wallet.core.domain.UnmatchedPayment;
import dev.plara.wallet.core.domain.UnmatchedReason;
import dev.plara.wallet.core.port.in.AssignUnmatchedPaymentUseCase;
import dev.plara.wallet.core.port.in.ListUnmatchedPaymentsUseCase;
import dev.plara.wallet.core.port.out.AppendResult;
import dev.plara.wallet.core.port.out.Overdraft;

import java.time.Clock;

/** Parked payments: admins list them and credit one to the user it belongs to, under the order's own key. */
public final class UnmatchedPaymentService implements AssignUnmatchedPaymentUseCase, ListUnmatchedPaymentsUseCase {

    private final WalletStores stores;
    private final WalletSettings settings;
    private final Posting posting;
    private final PaymentParking parking;
    private final Clock clock;

    UnmatchedPaymentService(WalletStores stores, WalletSettings settings, Posting posting, PaymentParking parking,
                            Clock clock) {
        this.stores = stores;
        this.settings = settings;
        this.posting = posting;
        this.parking = parking;
        this.clock = clock;
    }

    @Override
    public AssignResult assign(AssignPayment command) {
        var found = stores.unmatched().find(command.orderId());
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
        var problem = parking.problemWith(payment.amount(), command.user().value());
        if (problem.isPresent()) {
            return new AssignResult.Refused(problem.get().detail());
        }
        var now = clock.instant();
        var assignment = new Assignment(command.user(), command.admin(), now, command.note());
        return stores.unitOfWork().run(() -> credit(payment, assignment));
    }

    private AssignResult credit(UnmatchedPayment payment, Assignment assignment) {
        var conversion = settings.currencies().conversionFor(payment.amount().currency()).orElseThrow();
        var credited = conversion.apply(payment.amount());
        var facts = EntryFacts.polarOrder(payment.orderId(), payment.customerEmail(), conversion, payment.amount())
                .processed(assignment.by(), assignment.at(), assignment.note());
        var entry = new LedgerEntry(IdempotencyKey.polarOrder(payment.orderId()),
                Account.polarClearing(credited.currency()), Account.wallet(assignment.user(), credited.currency()),
                credited, EntryKind.CARD_DEPOSIT, facts, assignment.at());
        var result = posting.post(entry, Overdraft.FORBIDDEN);
        if (result instanceof AppendResult.Conflict conflict) {
            return new AssignResult.Refused(conflict.reason());
        }
        var posted = result instanceof AppendResult.Appended appended ? appended.posted()
                : ((AppendResult.AlreadyApplied) result).existing();
        stores.unmatched().assign(payment.orderId(), assignment);
        return new AssignResult.Assigned(posted);
    }

    @Override
    public Page<UnmatchedPayment> list(boolean waitingOnly, PageRequest page) {
        return stores.unmatched().list(waitingOnly, page);
    }
}
