package dev.plara.polar.model;

import java.time.Instant;
import java.util.Map;

/**
 * A Polar subscription, the fields Plara reads.
 *
 * @param status {@code incomplete|trialing|active|past_due|canceled|unpaid|paused|...}
 * @param endsAt when a canceled subscription stops, else {@code null}
 */
public record PolarSubscription(String id, Instant createdAt, Instant modifiedAt, String status, long amount,
                                String currency, String recurringInterval, Instant currentPeriodStart,
                                Instant currentPeriodEnd, boolean cancelAtPeriodEnd, Instant canceledAt,
                                Instant endsAt, Instant endedAt, String customerId, String productId,
                                String checkoutId, Map<String, Object> metadata, PolarCustomer customer,
                                PolarProduct product) {

    public PolarSubscription {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
