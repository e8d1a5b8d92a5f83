package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.payment.CheckoutRecord;
import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.ledger.PostedEntry;

import java.util.Optional;

/**
 * Where a checkout stands for Plara, so a success page can show live progress: a paid checkout whose webhook has not
 * been applied yet is a state ("payment received, waiting for confirmation"), not an error.
 */
public interface TrackCheckoutUseCase {

    /** Empty when Plara opened no checkout with that id. */
    Optional<CheckoutProgress> track(String checkoutId);

    /** The stages of a checkout as Plara sees them. */
    enum Stage {
        /** Not paid yet. */
        OPEN,
        /** The provider took the payment; Plara has not applied it yet. */
        PAID_AWAITING_CONFIRMATION,
        /** A deposit: the wallet is credited. */
        CREDITED,
        /** A direct purchase: the order is saved and access granted. */
        FULFILLED,
        /** The payment failed. */
        FAILED,
        /** The checkout expired unpaid. */
        EXPIRED
    }

    /**
     * A checkout's progress.
     *
     * @param credit      the wallet credit, once {@code CREDITED}
     * @param grant the access granted, once {@code FULFILLED}
     */
    record CheckoutProgress(CheckoutRecord checkout, Stage stage, PostedEntry credit, Grant grant) {
    }
}
