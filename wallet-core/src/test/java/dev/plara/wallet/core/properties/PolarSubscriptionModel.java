package dev.plara.wallet.core.properties;

import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.access.ItemKind;
import dev.plara.wallet.core.domain.access.SubscriptionStatus;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.payment.SubscriptionChange;

import java.time.Duration;
import java.time.Instant;

/**
 * A model of one subscription at Polar: each lifecycle step Polar allows moves it to a new state stamped with a later
 * {@code modified_at}; a step Polar would refuse leaves it as it is. {@link #expectedAccessAt} is the access the state
 * implies, written out from the rules independently of the core's policy.
 */
record PolarSubscriptionModel(String product, SubscriptionStatus status, Instant periodEnd, boolean cancel,
                              Instant endsAt, Instant endedAt, Instant pastDueAt, Instant modifiedAt) {

    static final Duration PERIOD = Duration.ofDays(30);

    /** What Polar can do to a subscription. */
    enum Step { RENEW, FAIL_RENEWAL, RECOVER, UNPAID, PAUSE, RESUME, CANCEL, UNCANCEL, REVOKE, CHANGE_PLAN }

    static PolarSubscriptionModel started(Instant at) {
        return new PolarSubscriptionModel("monthly", SubscriptionStatus.ACTIVE, at.plus(PERIOD), false, null, null,
                null, at);
    }

    PolarSubscriptionModel step(Step step, Instant now) {
        boolean ended = endedAt != null;
        boolean active = status == SubscriptionStatus.ACTIVE;
        return switch (step) {
            case RENEW -> active ? (cancel ? end(now) : with(SubscriptionStatus.ACTIVE, periodEnd.plus(PERIOD), null,
                    now)) : this;
            case FAIL_RENEWAL -> active && !cancel ? with(SubscriptionStatus.PAST_DUE, periodEnd.plus(PERIOD), now, now)
                    : this;
            case RECOVER -> status == SubscriptionStatus.PAST_DUE ? with(SubscriptionStatus.ACTIVE, periodEnd, null, now)
                    : this;
            case UNPAID -> status == SubscriptionStatus.PAST_DUE ? new PolarSubscriptionModel(product,
                    SubscriptionStatus.UNPAID, periodEnd, cancel, now, now, pastDueAt, now) : this;
            case PAUSE -> active ? with(SubscriptionStatus.PAUSED, periodEnd, null, now) : this;
            case RESUME -> status == SubscriptionStatus.PAUSED ? with(SubscriptionStatus.ACTIVE, now.plus(PERIOD), null,
                    now) : this;
            case CANCEL -> !ended && !cancel && (active || status == SubscriptionStatus.PAST_DUE)
                    ? new PolarSubscriptionModel(product, status, periodEnd, true, periodEnd, null, pastDueAt, now) : this;
            case UNCANCEL -> !ended && cancel ? new PolarSubscriptionModel(product, status, periodEnd, false, null, null,
                    pastDueAt, now) : this;
            case REVOKE -> ended ? this : end(now);
            case CHANGE_PLAN -> active && !cancel ? new PolarSubscriptionModel("monthly".equals(product) ? "everything"
                    : "monthly", status, periodEnd, false, null, null, null, now) : this;
        };
    }

    private PolarSubscriptionModel with(SubscriptionStatus newStatus, Instant newPeriodEnd, Instant newPastDueAt,
                                        Instant now) {
        return new PolarSubscriptionModel(product, newStatus, newPeriodEnd, cancel, endsAt, endedAt, newPastDueAt, now);
    }

    private PolarSubscriptionModel end(Instant now) {
        return new PolarSubscriptionModel(product, SubscriptionStatus.CANCELED, periodEnd, cancel, now, now, pastDueAt,
                now);
    }

    /** The snapshot Polar sends in every event of this state. */
    SubscriptionChange snapshot() {
        return new SubscriptionChange("sub_1", "alice", "alice@example.org", product, null, unlocks(product), status,
                periodEnd, cancel, endsAt, endedAt, pastDueAt, modifiedAt);
    }

    /** The Monthly Plan opens every video, the plan for everything opens everything. */
    static Unlocks unlocks(String product) {
        return "monthly".equals(product) ? Unlocks.kinds(ItemKind.VIDEO) : Unlocks.all();
    }

    /** Whether the subscriber may open an item of {@code kind} at {@code at}: 1 h leeway, 7 days' grace. */
    boolean expectedAccessAt(ItemKind kind, Instant at) {
        if (!unlocks(product).opens(ItemId.of("any"), kind) || endedAt != null) {
            return false;
        }
        return switch (status) {
            case ACTIVE, TRIALING -> at.isBefore(cancel ? endsAt : periodEnd.plus(Duration.ofHours(1)));
            case PAST_DUE -> at.isBefore(pastDueAt.plus(Duration.ofDays(7))) && (!cancel || at.isBefore(endsAt));
            default -> false;
        };
    }
}
