package dev.plara.polar.emulator.state;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A subscription with every field Polar keeps; each change makes a new value with {@code modifiedAt} moved forward.
 *
 * @param startedAt when it first became active; {@code null} while {@code incomplete} (Polar's API does not list it)
 * @param trial     the trial period, else {@code null}
 */
public record SubscriptionState(String id, Instant createdAt, Instant modifiedAt, String status, long amount,
                                String currency, String recurringInterval, String productId, String customerId,
                                String checkoutId, Map<String, Object> metadata, Instant startedAt, Period period,
                                Period trial, Cancellation cancellation, Pause pause, Instant pastDueAt,
                                PendingUpdate pendingUpdate) implements Keyed {

    private static final Set<String> ACTIVE = Set.of("trialing", "active");
    private static final Set<String> BILLABLE = Set.of("trialing", "active", "past_due");
    private static final Set<String> REVOKED = Set.of("canceled", "unpaid");

    public SubscriptionState {
        metadata = Map.copyOf(metadata);
    }

    /** Gives access: {@code trialing} or {@code active}. */
    public boolean active() {
        return ACTIVE.contains(status);
    }

    /** Still charged: active, trialing or {@code past_due}. */
    public boolean billable() {
        return BILLABLE.contains(status);
    }

    /** Ended for good: {@code canceled} or {@code unpaid}. */
    public boolean revoked() {
        return REVOKED.contains(status);
    }

    /** Canceled, now or at the end of the period. */
    public boolean canceled() {
        return cancellation.atPeriodEnd() || cancellation.endedAt() != null;
    }

    public SubscriptionState withStatus(String newStatus, Instant at) {
        return new SubscriptionState(id, createdAt, at, newStatus, amount, currency, recurringInterval, productId,
                customerId, checkoutId, metadata, startedAt, period, trial, cancellation, pause, pastDueAt,
                pendingUpdate);
    }

    public SubscriptionState started(Instant when) {
        return new SubscriptionState(id, createdAt, when, status, amount, currency, recurringInterval, productId,
                customerId, checkoutId, metadata, startedAt == null ? when : startedAt, period, trial, cancellation,
                pause, pastDueAt, pendingUpdate);
    }

    public SubscriptionState with(Period newPeriod, Instant at) {
        return new SubscriptionState(id, createdAt, at, status, amount, currency, recurringInterval, productId,
                customerId, checkoutId, metadata, startedAt, newPeriod, trial, cancellation, pause, pastDueAt,
                pendingUpdate);
    }

    public SubscriptionState with(Cancellation newCancellation, Instant at) {
        return new SubscriptionState(id, createdAt, at, status, amount, currency, recurringInterval, productId,
                customerId, checkoutId, metadata, startedAt, period, trial, newCancellation, pause, pastDueAt,
                pendingUpdate);
    }

    public SubscriptionState with(Pause newPause, Instant at) {
        return new SubscriptionState(id, createdAt, at, status, amount, currency, recurringInterval, productId,
                customerId, checkoutId, metadata, startedAt, period, trial, cancellation, newPause, pastDueAt,
                pendingUpdate);
    }

    public SubscriptionState withPastDueAt(Instant newPastDueAt, Instant at) {
        return new SubscriptionState(id, createdAt, at, status, amount, currency, recurringInterval, productId,
                customerId, checkoutId, metadata, startedAt, period, trial, cancellation, pause, newPastDueAt,
                pendingUpdate);
    }

    /** Moved to another product and its price; a pending update, if any, is done with. */
    public SubscriptionState withProduct(String newProductId, long newAmount, Instant at) {
        return new SubscriptionState(id, createdAt, at, status, newAmount, currency, recurringInterval, newProductId,
                customerId, checkoutId, metadata, startedAt, period, trial, cancellation, pause, pastDueAt, null);
    }

    public SubscriptionState withPendingUpdate(PendingUpdate update, Instant at) {
        return new SubscriptionState(id, createdAt, at, status, amount, currency, recurringInterval, productId,
                customerId, checkoutId, metadata, startedAt, period, trial, cancellation, pause, pastDueAt, update);
    }

    public SubscriptionState withMetadata(Map<String, Object> newMetadata, Instant at) {
        return new SubscriptionState(id, createdAt, at, status, amount, currency, recurringInterval, productId,
                customerId, checkoutId, newMetadata, startedAt, period, trial, cancellation, pause, pastDueAt,
                pendingUpdate);
    }

    /** A stretch of time, such as the current billing period or the trial. */
    public record Period(Instant start, Instant end) {
    }

    /** Whether and when it was canceled; {@link #NONE} when it was not. */
    public record Cancellation(boolean atPeriodEnd, Instant canceledAt, Instant endsAt, Instant endedAt) {
        public static final Cancellation NONE = new Cancellation(false, null, null, null);
    }

    /** Whether it pauses at the period end, when it was paused and when it resumes by itself. */
    public record Pause(boolean atPeriodEnd, Instant pausedAt, Instant resumesAt) {
        public static final Pause NONE = new Pause(false, null, null);
    }

    /** A product change scheduled for the start of the next period ({@code next_period} proration). */
    public record PendingUpdate(String id, Instant createdAt, Instant appliesAt, String productId) {
    }
}
