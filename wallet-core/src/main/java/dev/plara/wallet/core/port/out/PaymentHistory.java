package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.payment.PaymentEvent;

import java.time.Instant;
import java.util.List;

/**
 * The provider's own record of paid orders and refunds, read back through its API so that a webhook that never
 * arrived cannot lose money.
 *
 * <p>Contract: {@link #paidOrdersSince} returns every order created at or after {@code since} that was paid (refunded
 * ones included), decoded exactly as its {@code order.paid} webhook would be (a {@code DepositPaid} or
 * {@code ProductPaid}, or {@code Ignored}); {@link #refundsSince} every succeeded refund created at or after
 * {@code since}; both read all pages. {@link #isPaidOrder} says whether the provider knows the order as paid (refunded
 * or not); an order it does not know is not. Faults are thrown as {@link PaymentProviderException}.
 */
public interface PaymentHistory {

    List<PaymentEvent> paidOrdersSince(Instant since);

    List<CompletedRefund> refundsSince(Instant since);

    boolean isPaidOrder(String orderId);
}
