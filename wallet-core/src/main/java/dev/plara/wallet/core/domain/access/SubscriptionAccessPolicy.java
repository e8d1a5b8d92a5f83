package dev.plara.wallet.core.domain.access;

import dev.plara.wallet.core.domain.payment.SubscriptionChange;
import dev.plara.wallet.core.domain.payment.SubscriptionTerm;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * What a subscription's state at the provider implies for access, from that state alone: trialing and active give it
 * until the period ends (plus {@code renewalLeeway} while it renews, so that a renewal reported a little late does not
 * lock out a paying subscriber), a cancellation at period end until {@code ends_at}, a failed renewal
 * ({@code past_due}) for {@code pastDueGrace} from the failure while the provider retries the payment; ended,
 * canceled, paused, unpaid and never-paid subscriptions give none; a status the provider added later, only the period
 * it reports.
 */
public record SubscriptionAccessPolicy(Duration renewalLeeway, Duration pastDueGrace) {

    public static final Duration DEFAULT_RENEWAL_LEEWAY = Duration.ofHours(1);
    public static final Duration DEFAULT_PAST_DUE_GRACE = Duration.ofDays(7);

    public SubscriptionAccessPolicy {
        Objects.requireNonNull(renewalLeeway, "renewal leeway");
        Objects.requireNonNull(pastDueGrace, "past-due grace");
        if (renewalLeeway.isNegative() || pastDueGrace.isNegative()) {
            throw new IllegalArgumentException("the renewal leeway and the past-due grace are never negative");
        }
    }

    public static SubscriptionAccessPolicy defaults() {
        return new SubscriptionAccessPolicy(DEFAULT_RENEWAL_LEEWAY, DEFAULT_PAST_DUE_GRACE);
    }

    public SubscriptionAccess accessOf(SubscriptionChange subscription) {
        if (subscription.endedAt() != null) {
            return SubscriptionAccess.none("the subscription ended");
        }
        return switch (subscription.status()) {
            case TRIALING, ACTIVE -> paid(subscription);
            case PAST_DUE -> pastDue(subscription);
            case CANCELED -> subscription.endsAt() == null ? SubscriptionAccess.none("the subscription was canceled")
                    : SubscriptionAccess.until(subscription.endsAt(), "canceled: access until the paid period ends");
            case PAUSED -> SubscriptionAccess.none("the subscription is paused");
            case UNPAID -> SubscriptionAccess.none("the renewal was never paid");
            case INCOMPLETE -> SubscriptionAccess.none("the first payment is not through yet");
            case INCOMPLETE_EXPIRED -> SubscriptionAccess.none("the first payment never went through");
            case UNKNOWN -> reported(subscription);
        };
    }

    /**
     * How long a subscription's order paid at {@code paidAt} gives access while its subscription's state is not known:
     * to the period's end the order states, else one billing interval from payment plus the renewal leeway (only the
     * leeway when the order names no interval either); the subscription's own state, once known, replaces it.
     */
    public Instant orderAccessUntil(Instant paidAt, SubscriptionTerm term) {
        if (term.periodEnd() != null && term.periodEnd().isAfter(paidAt)) {
            return term.periodEnd();
        }
        var interval = term.interval() == null ? Period.ZERO : term.interval();
        return paidAt.atZone(ZoneOffset.UTC).plus(interval).toInstant().plus(renewalLeeway);
    }

    private SubscriptionAccess paid(SubscriptionChange subscription) {
        if (subscription.ending()) {
            Instant end = subscription.endsAt() != null ? subscription.endsAt() : subscription.currentPeriodEnd();
            return end == null ? SubscriptionAccess.none("the subscription was canceled")
                    : SubscriptionAccess.until(end, "canceled: access until the paid period ends");
        }
        if (subscription.currentPeriodEnd() == null) {
            return SubscriptionAccess.none("the subscription has no paid period");
        }
        return SubscriptionAccess.until(subscription.currentPeriodEnd().plus(renewalLeeway),
                "renews at the end of each period");
    }

    /**
     * As {@link #accessOf(SubscriptionChange)}, where a past-due grace already running until {@code graceRunsUntil}
     * ({@code null}: none) is not restarted by a later state of the same failure (one without its failure time, or
     * with one no later than that grace's start); a failure after it (the recovery in between was lost) gets its own.
     */
    public SubscriptionAccess accessOf(SubscriptionChange subscription, Instant graceRunsUntil) {
        var access = accessOf(subscription);
        if (subscription.status() == SubscriptionStatus.PAST_DUE && graceRunsUntil != null && access.grants()
                && graceRunsUntil.isBefore(access.until()) && (subscription.pastDueAt() == null
                || !subscription.pastDueAt().isAfter(graceRunsUntil.minus(pastDueGrace)))) {
            return SubscriptionAccess.until(graceRunsUntil, access.why());
        }
        return access;
    }

    /**
     * As {@link #accessOf(SubscriptionChange, Instant)}, where a state of a period ending no later than
     * {@code refundedPeriodEnd} (a period whose order was refunded in full; {@code null}: none) gives none: the provider
     * changes nothing on a refund, so only a later period, which it charged again, opens access again.
     */
    public SubscriptionAccess accessOf(SubscriptionChange subscription, Instant graceRunsUntil,
                                       Instant refundedPeriodEnd) {
        if (refundedPeriodEnd != null && (subscription.currentPeriodEnd() == null
                || !subscription.currentPeriodEnd().isAfter(refundedPeriodEnd))) {
            return SubscriptionAccess.none("the paid period was refunded");
        }
        return accessOf(subscription, graceRunsUntil);
    }

    /** Whether access until {@code accessUntil} outlasts a period ending at {@code periodEnd} and its leeway. */
    public boolean outlasts(Instant accessUntil, Instant periodEnd) {
        return accessUntil.isAfter(periodEnd.plus(renewalLeeway));
    }

    /** A status the provider added after Plara's: the period it reports, no leeway, and not past a cancellation. */
    private static SubscriptionAccess reported(SubscriptionChange subscription) {
        Instant end = subscription.currentPeriodEnd();
        if (subscription.endsAt() != null && (end == null || subscription.endsAt().isBefore(end))) {
            end = subscription.endsAt();
        }
        return end == null ? SubscriptionAccess.none("the subscription has no paid period")
                : SubscriptionAccess.until(end, "access until the period the provider reports ends");
    }

    private SubscriptionAccess pastDue(SubscriptionChange subscription) {
        Instant failed = subscription.pastDueAt() != null ? subscription.pastDueAt() : subscription.modifiedAt();
        Instant until = failed.plus(pastDueGrace);
        if (subscription.endsAt() != null && subscription.endsAt().isBefore(until)) {
            until = subscription.endsAt();
        }
        return SubscriptionAccess.until(until, "the renewal payment failed: access for a grace period while it is"
                + " retried");
    }
}
