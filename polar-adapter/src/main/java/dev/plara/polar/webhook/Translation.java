package dev.plara.polar.webhook;

import dev.plara.wallet.core.port.in.ApplyRefundUseCase.CompletedRefund;
import dev.plara.wallet.core.port.in.ChangeSubscriptionUseCase.SubscriptionChange;
import dev.plara.wallet.core.port.in.ConfirmCardPaymentUseCase.PaidDeposit;
import dev.plara.wallet.core.port.in.FulfilProductOrderUseCase.PaidProductOrder;

/** The core command a Polar event calls for, or why it calls for none (acknowledge and ignore). */
public sealed interface Translation {

    /** A paid wallet deposit: credit the wallet. */
    record CreditDeposit(PaidDeposit command) implements Translation {
    }

    /** A paid direct purchase: fulfil the order. */
    record FulfilOrder(PaidProductOrder command) implements Translation {
    }

    /** A succeeded refund: take it back. */
    record ApplyRefund(CompletedRefund command) implements Translation {
    }

    /** A subscription changed: move the access it grants. */
    record ChangeSubscription(SubscriptionChange command) implements Translation {
    }

    /** Nothing to do; {@code reason} says why, for the inbox record. */
    record Ignore(String reason) implements Translation {
    }
}
