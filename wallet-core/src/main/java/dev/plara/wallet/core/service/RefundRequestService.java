package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.payment.RefundableOrder;
import dev.plara.wallet.core.port.in.RequestRefundUseCase.RefundRequestResult;
import dev.plara.wallet.core.port.in.RequestRefundUseCase.RequestRefund;
import dev.plara.wallet.core.port.in.RequestRefundUseCase;
import dev.plara.wallet.core.port.out.LedgerStore;
import dev.plara.wallet.core.port.out.ProductOrderStore;
import dev.plara.wallet.core.port.out.RefundGateway;

/**
 * Checks an admin's refund request against what Plara knows of the order, then asks the provider. The debit waits for
 * the provider's confirmation; a request the provider may have acted on without confirming it is told apart from a
 * refusal, so nobody asks again blindly.
 */
public final class RefundRequestService implements RequestRefundUseCase {

    private final RefundableOrders orders;
    private final RefundGateway gateway;

    public RefundRequestService(LedgerStore ledger, ProductOrderStore orders, RefundGateway gateway) {
        this.orders = new RefundableOrders(ledger, orders);
        this.gateway = gateway;
    }

    @Override
    public RefundRequestResult request(RequestRefund command) {
        if (!command.amount().isPositive()) {
            return new RefundRequestResult.Refused("a refund must be a positive amount, not " + command.amount());
        }
        if (command.reason().isBlank()) {
            return new RefundRequestResult.Refused("a refund needs a reason");
        }
        var refundable = orders.order(command.orderId()).map(RefundableOrder::remaining);
        if (refundable.isEmpty()) {
            return new RefundRequestResult.Refused("Plara has no paid order " + command.orderId());
        }
        if (!refundable.get().currency().equals(command.amount().currency())
                || refundable.get().isLessThan(command.amount())) {
            return new RefundRequestResult.Refused("at most " + refundable.get() + " of order " + command.orderId()
                    + " can be refunded");
        }
        return gateway.request(command.orderId(), command.amount(), command.reason()).match(
                accepted -> new RefundRequestResult.Requested(accepted.refundId()),
                refused -> new RefundRequestResult.Refused(refused.reason()),
                unconfirmed -> new RefundRequestResult.Unconfirmed(command.orderId(), command.amount(),
                        unconfirmed.fault()));
    }
}
