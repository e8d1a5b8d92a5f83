package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.payment.Assignment;
import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.payment.UnmatchedPayment;
import dev.plara.wallet.core.domain.payment.UnmatchedRefund;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Paid orders that could not be credited, parked for an admin, and completed refunds of orders not credited, held
 * for their order: never dropped.
 *
 * <p>Contract: {@link #park} keeps the first record per order id and says whether this call stored it;
 * {@link #assign} records the decision only if the payment is still waiting (atomically: of two racing assignments
 * one wins) and says whether it did. {@link #holdRefund} keeps the first record per refund id and says whether this
 * call stored it; {@link #refundApplied} marks a held refund applied once and says whether this call did.
 */
public interface UnmatchedPaymentStore {

    boolean park(UnmatchedPayment payment);

    Optional<UnmatchedPayment> find(String orderId);

    boolean assign(String orderId, Assignment assignment);

    /** Parked payments, oldest first; only those still waiting when {@code waitingOnly}. */
    Page<UnmatchedPayment> list(boolean waitingOnly, PageRequest page);

    boolean holdRefund(UnmatchedRefund refund);

    /** The refunds held for {@code orderId}, applied or not, oldest first. */
    List<UnmatchedRefund> refundsOf(String orderId);

    boolean refundApplied(String refundId, Instant at);

    /** Held refunds, oldest first; only those still waiting when {@code waitingOnly}. */
    Page<UnmatchedRefund> refunds(boolean waitingOnly, PageRequest page);
}
