package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.user.UserId;

import java.util.Objects;
import java.util.function.Function;

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

        /** Calls the function for this variant; a new variant fails to compile until every caller handles it. */
        <T> T match(Function<Assigned, T> assigned, Function<Refused, T> refused);

        /** Credited now. */
        record Assigned(PostedEntry posted) implements AssignResult {
            @Override
            public <T> T match(Function<Assigned, T> assigned, Function<Refused, T> refused) {
                return assigned.apply(this);
            }
        }

        /** Not credited, and why (unknown payment or user, decided before, amount or currency not creditable). */
        record Refused(String reason) implements AssignResult {
            @Override
            public <T> T match(Function<Assigned, T> assigned, Function<Refused, T> refused) {
                return refused.apply(this);
            }
        }
    }
}
