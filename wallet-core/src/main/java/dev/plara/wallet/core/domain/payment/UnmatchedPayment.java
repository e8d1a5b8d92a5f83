package dev.plara.wallet.core.domain.payment;

import dev.plara.wallet.core.domain.money.Money;

import java.time.Instant;
import java.util.Objects;

/**
 * A paid order that could not be credited, parked for an admin: never dropped. One per Polar order.
 *
 * @param claimedUser the user id the order named, if any, exactly as received
 * @param amount      what the payment is worth: the price the buyer chose, whatever the tax
 * @param charged     the provider's net, tax and total of the order; {@code null} for payments parked before they were
 *                    kept
 * @param assignment  {@code null} while it waits for an admin; set once the order is credited, by an admin or when
 *                    the order came again
 */
public record UnmatchedPayment(String orderId, String checkoutId, Money amount, ChargedAmounts charged,
                               String customerEmail, String claimedUser, UnmatchedReason reason, String detail,
                               Instant parkedAt, Assignment assignment) {

    public UnmatchedPayment {
        Objects.requireNonNull(orderId, "order id");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(parkedAt, "parked at");
    }

    public boolean waiting() {
        return assignment == null;
    }

    public UnmatchedPayment assigned(Assignment decision) {
        return new UnmatchedPayment(orderId, checkoutId, amount, charged, customerEmail, claimedUser, reason, detail,
                parkedAt, decision);
    }
}
