package dev.plara.polar.emulator.state;

import java.time.Instant;
import java.util.Set;

/**
 * A chargeback on an order: {@code early_warning}, {@code needs_response} or {@code under_review} while open; then
 * {@code won}, {@code lost}, or {@code prevented} (refunded before it escalated).
 */
public record DisputeState(String id, Instant createdAt, Instant modifiedAt, String status, long amount,
                           long taxAmount, String currency, String reason, Instant evidenceDueBy, String orderId,
                           String paymentId, String customerId) implements Keyed {

    public static final Set<String> STATUSES = Set.of("prevented", "early_warning", "needs_response", "under_review",
            "lost", "won");

    public boolean resolved() {
        return "won".equals(status) || "lost".equals(status);
    }

    public boolean closed() {
        return resolved() || "prevented".equals(status);
    }

    public DisputeState withStatus(String newStatus, Instant at) {
        return new DisputeState(id, createdAt, at, newStatus, amount, taxAmount, currency, reason, evidenceDueBy,
                orderId, paymentId, customerId);
    }
}
