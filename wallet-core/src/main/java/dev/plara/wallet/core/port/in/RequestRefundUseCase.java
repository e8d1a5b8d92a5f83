package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.Money;

import java.util.Objects;

/**
 * An admin asks the provider to refund (part of) a paid order. Nothing is debited here: the wallet changes when the
 * provider confirms the refund ({@link ApplyRefundUseCase}).
 */
public interface RequestRefundUseCase {

    RefundRequestResult request(RequestRefund command);

    /** Refund {@code amount} of {@code orderId} for {@code reason}, asked by {@code admin}. */
    record RequestRefund(String orderId, Money amount, String reason, String admin) {
        public RequestRefund {
            Objects.requireNonNull(orderId, "order id");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(admin, "admin");
        }
    }

    /** What asking for a refund did. */
    sealed interface RefundRequestResult {
        /** The provider accepted it; the debit follows its confirmation. */
        record Requested(String refundId) implements RefundRequestResult {
        }

        /** Plara or the provider refused it, and why; nothing changed. */
        record Refused(String reason) implements RefundRequestResult {
        }
    }
}
