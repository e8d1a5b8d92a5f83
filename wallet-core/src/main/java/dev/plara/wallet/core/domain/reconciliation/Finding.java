package dev.plara.wallet.core.domain.reconciliation;

import java.util.Objects;

/**
 * One thing reconciliation found, about one order, or about no order (the webhook endpoint, a subscription, a user's
 * subscriptions), which its detail names.
 *
 * @param orderId the order it is about, {@code null} when it is about none
 */
public record Finding(FindingKind kind, String orderId, String detail) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    /** A finding about no order. */
    public static Finding aboutNoOrder(FindingKind kind, String detail) {
        return new Finding(kind, null, detail);
    }
}
