package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.PostedEntry;
import dev.plara.wallet.core.domain.UserId;

import java.util.Objects;

/**
 * An admin credits a parked payment to the user it belongs to, with the very key the webhook would have used, so the
 * order can never be credited twice.
 */
public interface AssignUnmatchedPaymentUseCase {

    AssignResult assign(AssignPayment command);

    /** Credit parked order {@code orderId} to {@code user}. */
    record AssignPayment(String orderId, UserId user, String admin, String note) {
        public AssignPayment {
            Objects.requireNonNull(orderId, "order id");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(admin, "admin");
        }
    }

    /** What an assignment did. */
    sealed interface AssignResult {
        /** Credited now. */
        record Assigned(PostedEntry posted) implements AssignResult {
        }

        /** Not credited, and why (unknown payment or user, decided before, amount or currency not creditable). */
        record Refused(String reason) implements AssignResult {
        }
    }
}
