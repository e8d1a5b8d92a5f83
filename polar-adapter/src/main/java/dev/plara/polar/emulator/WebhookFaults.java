package dev.plara.polar.emulator;

import java.time.Duration;
import java.util.Objects;

/**
 * Fault switches for webhook delivery, to test that a receiver copes with what Polar may do.
 *
 * @param deliverTwice send every event twice, with the same {@code webhook-id}
 * @param outOfOrder   send the events of one payment in reverse order
 * @param delay        wait this long before the first attempt
 * @param drop         send nothing at all, each event listed with one failed attempt that reached no one, as Polar
 *                     lists one (reconciliation must recover)
 */
public record WebhookFaults(boolean deliverTwice, boolean outOfOrder, Duration delay, boolean drop) {

    public WebhookFaults {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("a delay is not negative");
        }
    }

    /** Deliver as Polar does on a good day. */
    public static WebhookFaults none() {
        return new WebhookFaults(false, false, Duration.ZERO, false);
    }

    public WebhookFaults withDeliverTwice(boolean value) {
        return new WebhookFaults(value, outOfOrder, delay, drop);
    }

    public WebhookFaults withOutOfOrder(boolean value) {
        return new WebhookFaults(deliverTwice, value, delay, drop);
    }

    public WebhookFaults withDelay(Duration value) {
        return new WebhookFaults(deliverTwice, outOfOrder, value, drop);
    }

    public WebhookFaults withDrop(boolean value) {
        return new WebhookFaults(deliverTwice, outOfOrder, delay, value);
    }
}
