package dev.plara.polar.model;

import java.time.Instant;
import java.util.Map;

/**
 * A Polar subscription in the {@code Subscription} shape: its status and every date of its lifecycle.
 *
 * @param status        {@code incomplete|incomplete_expired|trialing|active|past_due|canceled|unpaid|paused}
 * @param recurringIntervalCount how many {@code recurringInterval}s one billing period lasts (0: not stated, 1)
 * @param endsAt        when a canceled subscription stops, else {@code null}
 * @param pendingUpdate a product change waiting for the next period, else {@code null}
 */
public record PolarSubscription(String id, Instant createdAt, Instant modifiedAt, String status, long amount,
                                String currency, String recurringInterval, int recurringIntervalCount,
                                Instant currentPeriodStart,
                                Instant currentPeriodEnd, boolean cancelAtPeriodEnd, Instant canceledAt,
                                Instant endsAt, Instant endedAt, String customerId, String productId,
                                String checkoutId, Map<String, Object> metadata, PolarCustomer customer,
                                PolarProduct product, Instant startedAt, Instant trialStart, Instant trialEnd,
                                Instant pastDueAt, boolean pauseAtPeriodEnd, Instant pausedAt, Instant resumesAt,
                                PendingUpdate pendingUpdate) {

    public PolarSubscription {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    /** A product change scheduled for {@code appliesAt} (the start of the next period). */
    public record PendingUpdate(String id, Instant createdAt, Instant appliesAt, String productId) {
    }
}
