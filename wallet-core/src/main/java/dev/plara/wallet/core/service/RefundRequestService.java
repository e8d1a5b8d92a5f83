package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.RefundableOrder;
import dev.plara.wallet.core.port.in.RequestRefundUseCase.RefundRequestResult;
import dev.plara.wallet.core.port.in.RequestRefundUseCase.RequestRefund;
import dev.plara.wallet.core.port.in.RequestRefundUseCase;
import dev.plara.wallet.core.port.out.LedgerStore;
import dev.plara.wallet.core.port.out.ProductOrderStore;
import dev.plara.wallet.core.port.out.RefundGateway;

import java.util.Optional;

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
        var found = orders.order(command.orderId());
        if (found.isEmpty()) {
            return new RefundRequestResult.Refused("Plara has no paid order " + command.orderId() + ": check the order"
                    + " id, or wait until its payment is credited.");
        }
        var problem = beyondWhatIsLeft(found.get(), command.amount());
        if (problem.isPresent()) {
            return new RefundRequestResult.Refused(problem.get());
        }
        return gateway.request(command.orderId(), command.amount(), command.reason()).match(
                accepted -> new RefundRequestResult.Requested(accepted.refundId()),
                refused -> new RefundRequestResult.Refused(refused.reason()),
                unconfirmed -> new RefundRequestResult.Unconfirmed(command.orderId(), command.amount(),
                        unconfirmed.fault()));
    }

    /** Why {@code amount} cannot be refunded of {@code order}, counted as the provider counts refunds; empty if it can. */
    private static Optional<String> beyondWhatIsLeft(RefundableOrder order, Money amount) {
        var left = order.remaining();
        if (!left.currency().equals(amount.currency())) {
            return Optional.of("Order " + order.orderId() + " was paid in " + left.currency().getCurrencyCode()
                    + ": ask for its refund in " + left.currency().getCurrencyCode() + ", not "
                    + amount.currency().getCurrencyCode() + ".");
        }
        var history = "it paid " + order.paid() + " and " + order.refunded() + " of it was refunded already.";
        if (!left.isPositive()) {
            return Optional.of("Nothing is left to refund on order " + order.orderId() + ": " + history);
        }
        if (left.isLessThan(amount)) {
            return Optional.of("At most " + left + " of order " + order.orderId() + " can be refunded, not " + amount
                    + ": " + history);
        }
        return Optional.empty();
    }
}
