package dev.plara.wallet.core.domain.reconciliation;

import java.util.Objects;

/** One thing reconciliation found, about one order (or, for the webhook endpoint, about the endpoint). */
public record Finding(FindingKind kind, String orderId, String detail) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(orderId, "order id");
        Objects.requireNonNull(detail, "detail");
    }
}
