package dev.plara.polar.client;

import java.util.Objects;

/**
 * The body of {@code POST /v1/refunds/}.
 *
 * @param reason  one of Polar's reasons: {@code duplicate}, {@code fraudulent}, {@code customer_request},
 *                {@code service_disruption}, {@code satisfaction_guarantee}, {@code other}
 * @param amount  minor units, more than zero
 * @param comment free text kept with the refund, or {@code null}
 */
public record RefundCreate(String orderId, String reason, long amount, String comment) {

    public RefundCreate {
        Objects.requireNonNull(orderId, "order id");
        Objects.requireNonNull(reason, "reason");
    }
}
