package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.ledger.IdempotencyKey;
import dev.plara.wallet.core.domain.ledger.LedgerEntry;
import dev.plara.wallet.core.domain.payment.CheckoutRecord;
import dev.plara.wallet.core.domain.payment.PaidDeposit;
import dev.plara.wallet.core.domain.payment.UnmatchedPayment;
import dev.plara.wallet.core.domain.payment.UnmatchedReason;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.in.ConfirmCardPaymentUseCase.CardPaymentResult;
import dev.plara.wallet.core.port.in.ConfirmCardPaymentUseCase;
import dev.plara.wallet.core.port.out.CheckoutStore;
import dev.plara.wallet.core.port.out.LedgerStore;
import dev.plara.wallet.core.port.out.UnitOfWork;
import dev.plara.wallet.core.port.out.UnmatchedPaymentStore;

import java.time.Clock;
import java.util.Optional;

/**
 * Credits a wallet once a verified card payment arrives, exactly once per order; a payment that cannot be credited is
 * parked for an admin, never dropped.
 */
public final class CardDepositService implements ConfirmCardPaymentUseCase {

    private final LedgerStore ledger;
    private final CheckoutStore checkouts;
    private final UnmatchedPaymentStore unmatched;
    private final UnitOfWork unitOfWork;
    private final CardCredit cardCredit;
    private final CardCreditCheck creditCheck;
    private final Clock clock;

    public CardDepositService(LedgerStore ledger, CheckoutStore checkouts, UnmatchedPaymentStore unmatched,
                              UnitOfWork unitOfWork, CardCredit cardCredit, CardCreditCheck creditCheck, Clock clock) {
        this.ledger = ledger;
        this.checkouts = checkouts;
        this.unmatched = unmatched;
        this.unitOfWork = unitOfWork;
        this.cardCredit = cardCredit;
        this.creditCheck = creditCheck;
        this.clock = clock;
    }

    @Override
    public CardPaymentResult confirm(PaidDeposit payment) {
        var opened = Optional.ofNullable(payment.checkoutId()).flatMap(checkouts::find);
        var problem = creditCheck.problemWith(payment.price(), payment.claimedUser())
                .or(() -> opened.flatMap(checkout -> mismatchWith(checkout, payment)));
        if (problem.isPresent()) {
            var assignedEarlier = ledger.find(IdempotencyKey.polarOrder(payment.orderId()));
            if (assignedEarlier.isPresent()) {
                return unitOfWork.run(() -> credit(payment, opened, assignedEarlier.get().entry()));
            }
            return new CardPaymentResult.Parked(park(payment, problem.get().reason(), problem.get().detail()));
        }
        var entry = cardCredit.entryFor(payment.orderId(), payment.email(), payment.price(), payment.charged(),
                UserId.of(payment.claimedUser()), null, clock.instant());
        return unitOfWork.run(() -> credit(payment, opened, entry));
    }

    /**
     * Credits the entry, first attaching the order to the checkout Plara opened for it ({@code opened}, read before),
     * unless it has its order already; an order from a checkout Plara never opened touches no checkout.
     */
    private CardPaymentResult credit(PaidDeposit payment, Optional<CheckoutRecord> opened, LedgerEntry entry) {
        opened.filter(checkout -> checkout.orderId() == null)
                .ifPresent(checkout -> checkouts.attachOrder(checkout.checkoutId(), payment.orderId()));
        return cardCredit.post(entry).match(
                appended -> new CardPaymentResult.Credited(appended.posted()),
                repeat -> new CardPaymentResult.AlreadyCredited(repeat.existing()),
                conflict -> new CardPaymentResult.Parked(park(payment, UnmatchedReason.CONFLICT, conflict.reason())),
                lacking -> {
                    throw new IllegalStateException("a credit cannot lack funds: " + lacking);
                });
    }

    /**
     * Why the order's price cannot be credited as it is: it is not the amount the checkout Plara opened asked for (the
     * price is read from what Polar signed in the order; the checkout is Plara's own record of what the buyer chose).
     */
    private static Optional<CardCreditCheck.Problem> mismatchWith(CheckoutRecord checkout, PaidDeposit payment) {
        return Optional.of(checkout).filter(opened -> !opened.amount().equals(payment.price()))
                .map(opened -> new CardCreditCheck.Problem(UnmatchedReason.AMOUNT_MISMATCH, "the order's price "
                        + payment.price() + " is not the " + opened.amount() + " checkout " + opened.checkoutId()
                        + " was opened for"));
    }

    /** Parks a payment that cannot be credited for an admin, with the reason; the first parking of an order stays. */
    private UnmatchedPayment park(PaidDeposit payment, UnmatchedReason reason, String detail) {
        var parked = new UnmatchedPayment(payment.orderId(), payment.checkoutId(), payment.price(), payment.charged(),
                payment.email(), payment.claimedUser(), reason, detail, clock.instant(), null);
        unmatched.park(parked);
        return unmatched.find(payment.orderId()).orElse(parked);
    }
}
