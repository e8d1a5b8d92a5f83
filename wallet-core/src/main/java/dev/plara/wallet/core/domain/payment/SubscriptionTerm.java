package dev.plara.wallet.core.domain.payment;

import java.time.Instant;
import java.time.Period;

/**
 * What a subscription's order says of the period it pays for, whatever else the provider reported of the
 * subscription: the period's end and the billing interval, each {@code null} when not known.
 *
 * @param interval one billing interval ({@code recurring_interval} times {@code recurring_interval_count})
 */
public record SubscriptionTerm(Instant periodEnd, Period interval) {

    /** An order that says nothing of its period. */
    public static final SubscriptionTerm UNKNOWN = new SubscriptionTerm(null, null);
}
