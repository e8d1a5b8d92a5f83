package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.domain.reconciliation.Dispute;
import dev.plara.wallet.core.domain.reconciliation.WatchedFact;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The provider's own record of paid orders, refunds and disputes, read back through its API so that a webhook that
 * never arrived cannot lose money.
 *
 * <p>Contract: {@link #paidOrdersSince} returns every order created at or after {@code since} that was paid (refunded
 * ones included), decoded exactly as its {@code order.paid} webhook would be (a {@code DepositPaid} or
 * {@code ProductPaid}, or {@code Ignored}); {@link #refundsSince} every succeeded refund created at or after
 * {@code since}; {@link #unsettledSince} the orders and refunds created at or after {@code since} that are still
 * pending (each with its creation time); all read all pages. {@link #paidOrder} is one order decoded as its
 * {@code order.paid} would be, empty unless the provider has it paid; {@link #succeededRefund} one refund, empty unless
 * it succeeded; {@link #paidOrderOfCheckout} the paid order a checkout made, empty while there is none.
 * {@link #isPaidOrder} says whether the provider knows the order as paid (refunded or not); an order it does not know
 * is not. {@link #disputes} lists every dispute, newest first. Faults are thrown as {@link PaymentProviderException}.
 */
public interface PaymentHistory {

    List<PaymentEvent> paidOrdersSince(Instant since);

    List<CompletedRefund> refundsSince(Instant since);

    List<WatchedFact> unsettledSince(Instant since);

    Optional<PaymentEvent> paidOrder(String orderId);

    Optional<CompletedRefund> succeededRefund(String refundId);

    Optional<PaymentEvent> paidOrderOfCheckout(String checkoutId);

    boolean isPaidOrder(String orderId);

    List<Dispute> disputes();
}
