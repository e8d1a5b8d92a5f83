package dev.plara.polar.emulator.state;

import java.time.Instant;
import java.util.Map;

/**
 * A refund: {@code pending} until the processor settles it, then {@code succeeded}, {@code failed} or {@code canceled}.
 * {@code amount} is net of tax; {@code taxAmount} is refunded with it.
 *
 * @param disputeId the dispute this refund prevented, else {@code null}
 */
public record RefundState(String id, Instant createdAt, Instant modifiedAt, String status, String reason, long amount,
                          long taxAmount, String currency, String orderId, String subscriptionId, String customerId,
                          Map<String, Object> metadata, boolean revokeBenefits, String disputeId) implements Keyed {

    public RefundState {
        metadata = Map.copyOf(metadata);
    }

    public RefundState withStatus(String newStatus, Instant at) {
        return new RefundState(id, createdAt, at, newStatus, reason, amount, taxAmount, currency, orderId,
                subscriptionId, customerId, metadata, revokeBenefits, disputeId);
    }
}
