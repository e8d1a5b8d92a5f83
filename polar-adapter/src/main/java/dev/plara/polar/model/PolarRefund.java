package dev.plara.polar.model;

import java.time.Instant;
import java.util.Map;

/**
 * A Polar refund, the fields Plara reads.
 *
 * @param status {@code pending|succeeded|failed|canceled}
 */
public record PolarRefund(String id, Instant createdAt, Instant modifiedAt, String status, String reason, long amount,
                          long taxAmount, String currency, String orderId, String subscriptionId, String customerId,
                          Map<String, Object> metadata) {

    public PolarRefund {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
