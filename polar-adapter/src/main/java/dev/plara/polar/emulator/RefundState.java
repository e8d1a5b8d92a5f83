package dev.plara.polar.emulator;

import java.time.Instant;
import java.util.Map;

/** An emulated refund; the emulator's refunds succeed at once. */
record RefundState(String id, Instant createdAt, String status, String reason, long amount, String currency,
                   String orderId, String subscriptionId, String customerId, Map<String, Object> metadata) {

    RefundState {
        metadata = Map.copyOf(metadata);
    }
}
