package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.payment.Assignment;
import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.payment.UnmatchedPayment;

import java.util.Optional;

/**
 * Paid orders that could not be credited, parked for an admin: never dropped.
 *
 * <p>Contract: {@link #park} keeps the first record per order id and says whether this call stored it;
 * {@link #assign} records the decision only if the payment is still waiting (atomically: of two racing assignments
 * one wins) and says whether it did.
 */
public interface UnmatchedPaymentStore {

    boolean park(UnmatchedPayment payment);

    Optional<UnmatchedPayment> find(String orderId);

    boolean assign(String orderId, Assignment assignment);

    /** Parked payments, oldest first; only those still waiting when {@code waitingOnly}. */
    Page<UnmatchedPayment> list(boolean waitingOnly, PageRequest page);
}
