package dev.plara.polar.emulator;

import java.time.Instant;
import java.util.Map;

/** An emulated subscription to the recurring product; changed through the emulator's control API. */
record SubscriptionState(String id, Instant createdAt, Instant modifiedAt, String status, long amount, String currency,
                         String recurringInterval, Instant currentPeriodStart, Instant currentPeriodEnd,
                         boolean cancelAtPeriodEnd, Instant canceledAt, Instant endsAt, Instant endedAt,
                         String customerId, String productId, String checkoutId, Map<String, Object> metadata) {

    SubscriptionState {
        metadata = Map.copyOf(metadata);
    }

    SubscriptionState with(String newStatus, boolean cancel, Instant canceled, Instant ends, Instant ended, Instant at) {
        return new SubscriptionState(id, createdAt, at, newStatus, amount, currency, recurringInterval,
                currentPeriodStart, currentPeriodEnd, cancel, canceled, ends, ended, customerId, productId, checkoutId,
                metadata);
    }
}
