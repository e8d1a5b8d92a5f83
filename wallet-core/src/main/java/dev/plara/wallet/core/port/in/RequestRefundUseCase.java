package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.money.Money;

import java.util.Objects;
import java.util.function.Function;

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

        /** Calls the function for this variant; a new variant fails to compile until every caller handles it. */
        <T> T match(Function<Requested, T> requested, Function<Refused, T> refused,
                Function<Unconfirmed, T> unconfirmed);

        /** The provider accepted it; the debit follows its confirmation. */
        record Requested(String refundId) implements RefundRequestResult {
            @Override
            public <T> T match(Function<Requested, T> requested, Function<Refused, T> refused,
                    Function<Unconfirmed, T> unconfirmed) {
                return requested.apply(this);
            }
        }

        /** Plara or the provider refused it, and why; nothing changed. */
        record Refused(String reason) implements RefundRequestResult {
            @Override
            public <T> T match(Function<Requested, T> requested, Function<Refused, T> refused,
                    Function<Unconfirmed, T> unconfirmed) {
                return refused.apply(this);
            }
        }

        /**
         * The provider did not confirm it and may have made it all the same ({@code fault} says how the request
         * failed); nothing changed in Plara, and asking again before checking could refund twice.
         */
        record Unconfirmed(String orderId, Money amount, String fault) implements RefundRequestResult {
            @Override
            public <T> T match(Function<Requested, T> requested, Function<Refused, T> refused,
                    Function<Unconfirmed, T> unconfirmed) {
                return unconfirmed.apply(this);
            }
            public Unconfirmed {
                Objects.requireNonNull(orderId, "order id");
                Objects.requireNonNull(amount, "amount");
                Objects.requireNonNull(fault, "fault");
            }

            /** What the admin should know and do, in plain words. */
            public String advice() {
                return "Polar did not confirm the refund of " + amount + " on order " + orderId + " (" + fault
                        + "), and it may already exist at Polar. Check the order at Polar, or wait for the refund"
                        + " webhook or the next reconciliation, before asking again: a second request could refund"
                        + " twice.";
            }
        }
    }
}
