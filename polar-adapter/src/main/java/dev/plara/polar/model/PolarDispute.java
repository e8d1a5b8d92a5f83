package dev.plara.polar.model;

import java.time.Instant;

/**
 * A dispute (chargeback) of an order, as Polar lists it; no webhook announces one.
 *
 * @param status   {@code early_warning|needs_response|under_review} while open, then {@code won|lost|prevented}
 * @param amount   the disputed amount, net of tax; {@code taxAmount} is disputed with it
 * @param resolved won or lost
 * @param closed   won, lost or prevented (refunded before it escalated)
 */
public record PolarDispute(String id, Instant createdAt, Instant modifiedAt, String status, boolean resolved,
                           boolean closed, long amount, long taxAmount, String currency, String reason,
                           Instant evidenceDueBy, boolean pastDue, String orderId, String paymentId,
                           PolarCustomer customer) {
}
