package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.port.in.ApplyRefundUseCase.CompletedRefund;
import dev.plara.wallet.core.port.in.ChangeSubscriptionUseCase.SubscriptionChange;
import dev.plara.wallet.core.port.in.ConfirmCardPaymentUseCase.PaidDeposit;
import dev.plara.wallet.core.port.in.FulfilProductOrderUseCase.PaidProductOrder;

/** A verified provider event, decoded into the core command it asks for, or into why it asks for none. */
public sealed interface PaymentEvent {

    /** A deposit order was paid. */
    record DepositPaid(PaidDeposit payment) implements PaymentEvent {
    }

    /** A product bought directly was paid. */
    record ProductPaid(PaidProductOrder order) implements PaymentEvent {
    }

    /** A subscription changed. */
    record SubscriptionChanged(SubscriptionChange change) implements PaymentEvent {
    }

    /** A refund completed. */
    record RefundCompleted(CompletedRefund refund) implements PaymentEvent {
    }

    /** Nothing for Plara to do (an unhandled type, a pending refund, an unpaid order), and why. */
    record Ignored(String why) implements PaymentEvent {
    }

    /** The payload cannot be read as the event its type names, and why. */
    record Malformed(String why) implements PaymentEvent {
    }
}
