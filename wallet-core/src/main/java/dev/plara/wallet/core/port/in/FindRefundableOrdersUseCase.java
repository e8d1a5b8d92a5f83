package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.payment.PaidTwice;
import dev.plara.wallet.core.domain.payment.RefundableOrder;
import dev.plara.wallet.core.domain.user.UserId;

import java.util.List;
import java.util.Optional;

/**
 * An admin looks up the paid orders a refund could be asked for, each with what is left to refund: one by its id, or a
 * user's (their wallet deposits and direct purchases, newest first).
 */
public interface FindRefundableOrdersUseCase {

    /** The order with this id, if Plara credited or fulfilled it. */
    Optional<RefundableOrder> order(String orderId);

    List<RefundableOrder> ofUser(UserId user);

    /**
     * The latest orders that paid for a lifetime product their buyer already held for good through another order, each
     * with that order, newest first: for an admin to refund one of the two.
     */
    List<PaidTwice> paidTwice();
}
