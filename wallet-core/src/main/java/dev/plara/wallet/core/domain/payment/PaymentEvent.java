package dev.plara.wallet.core.domain.payment;

import java.util.function.Function;

/** A verified provider event, decoded into the core command it asks for, or into why it asks for none. */
public sealed interface PaymentEvent {

    /** Calls the function for this variant; a new variant fails to compile until every caller handles it. */
    <T> T match(Function<DepositPaid, T> depositPaid, Function<ProductPaid, T> productPaid,
            Function<SubscriptionChanged, T> subscriptionChanged, Function<RefundCompleted, T> refundCompleted,
            Function<Ignored, T> ignored, Function<Malformed, T> malformed);

    /** A deposit order was paid. */
    record DepositPaid(PaidDeposit payment) implements PaymentEvent {
        @Override
        public <T> T match(Function<DepositPaid, T> depositPaid, Function<ProductPaid, T> productPaid,
                Function<SubscriptionChanged, T> subscriptionChanged, Function<RefundCompleted, T> refundCompleted,
                Function<Ignored, T> ignored, Function<Malformed, T> malformed) {
            return depositPaid.apply(this);
        }
    }

    /** A product bought directly was paid. */
    record ProductPaid(PaidProductOrder order) implements PaymentEvent {
        @Override
        public <T> T match(Function<DepositPaid, T> depositPaid, Function<ProductPaid, T> productPaid,
                Function<SubscriptionChanged, T> subscriptionChanged, Function<RefundCompleted, T> refundCompleted,
                Function<Ignored, T> ignored, Function<Malformed, T> malformed) {
            return productPaid.apply(this);
        }
    }

    /** A subscription changed. */
    record SubscriptionChanged(SubscriptionChange change) implements PaymentEvent {
        @Override
        public <T> T match(Function<DepositPaid, T> depositPaid, Function<ProductPaid, T> productPaid,
                Function<SubscriptionChanged, T> subscriptionChanged, Function<RefundCompleted, T> refundCompleted,
                Function<Ignored, T> ignored, Function<Malformed, T> malformed) {
            return subscriptionChanged.apply(this);
        }
    }

    /** A refund completed. */
    record RefundCompleted(CompletedRefund refund) implements PaymentEvent {
        @Override
        public <T> T match(Function<DepositPaid, T> depositPaid, Function<ProductPaid, T> productPaid,
                Function<SubscriptionChanged, T> subscriptionChanged, Function<RefundCompleted, T> refundCompleted,
                Function<Ignored, T> ignored, Function<Malformed, T> malformed) {
            return refundCompleted.apply(this);
        }
    }

    /** Nothing for Plara to do (an unhandled type, a pending refund, an unpaid order), and why. */
    record Ignored(String why) implements PaymentEvent {
        @Override
        public <T> T match(Function<DepositPaid, T> depositPaid, Function<ProductPaid, T> productPaid,
                Function<SubscriptionChanged, T> subscriptionChanged, Function<RefundCompleted, T> refundCompleted,
                Function<Ignored, T> ignored, Function<Malformed, T> malformed) {
            return ignored.apply(this);
        }
    }

    /** The payload cannot be read as the event its type names, and why. */
    record Malformed(String why) implements PaymentEvent {
        @Override
        public <T> T match(Function<DepositPaid, T> depositPaid, Function<ProductPaid, T> productPaid,
                Function<SubscriptionChanged, T> subscriptionChanged, Function<RefundCompleted, T> refundCompleted,
                Function<Ignored, T> ignored, Function<Malformed, T> malformed) {
            return malformed.apply(this);
        }
    }
}
