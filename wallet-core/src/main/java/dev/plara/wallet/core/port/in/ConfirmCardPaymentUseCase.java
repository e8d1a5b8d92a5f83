package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.payment.PaidDeposit;
import dev.plara.wallet.core.domain.payment.UnmatchedPayment;

import java.util.function.Function;

/**
 * A verified paid order for a wallet deposit credits the user's wallet exactly once, keyed by the order id, with the
 * order's net amount (converted where configured). A payment that cannot be credited is parked for an admin.
 */
public interface ConfirmCardPaymentUseCase {

    CardPaymentResult confirm(PaidDeposit payment);

    /** What confirming a payment did. */
    sealed interface CardPaymentResult {

        /** Calls the function for this variant; a new variant fails to compile until every caller handles it. */
        <T> T match(Function<Credited, T> credited, Function<AlreadyCredited, T> alreadyCredited,
                Function<Parked, T> parked);

        /** The wallet was credited now. */
        record Credited(PostedEntry posted) implements CardPaymentResult {
            @Override
            public <T> T match(Function<Credited, T> credited, Function<AlreadyCredited, T> alreadyCredited,
                    Function<Parked, T> parked) {
                return credited.apply(this);
            }
        }

        /** This order had already been credited; nothing changed. */
        record AlreadyCredited(PostedEntry posted) implements CardPaymentResult {
            @Override
            public <T> T match(Function<Credited, T> credited, Function<AlreadyCredited, T> alreadyCredited,
                    Function<Parked, T> parked) {
                return alreadyCredited.apply(this);
            }
        }

        /** Not credited: parked for an admin, with the reason. */
        record Parked(UnmatchedPayment payment) implements CardPaymentResult {
            @Override
            public <T> T match(Function<Credited, T> credited, Function<AlreadyCredited, T> alreadyCredited,
                    Function<Parked, T> parked) {
                return parked.apply(this);
            }
        }
    }
}
