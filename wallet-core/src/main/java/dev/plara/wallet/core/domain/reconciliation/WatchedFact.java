package dev.plara.wallet.core.domain.reconciliation;

import java.time.Instant;
import java.util.Objects;

/**
 * An order or refund reconciliation reads again by its id on every run until it applies: one the provider had not
 * settled yet (a pending order or refund, which may settle hours later), or one that failed to apply; or a lost
 * dispute whose money is not taken back yet (its take-back failed, or waits for its order's credit), which keeps its
 * "dispute lost" finding for the run that finds it taken back.
 *
 * @param since when reconciliation first saw it; it is dropped once older than reconciliation's first look-back
 */
public record WatchedFact(Kind kind, String id, Instant since) {

    /** Which kind of provider object the id names. */
    public enum Kind { ORDER, REFUND, DISPUTE }

    public WatchedFact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(since, "since");
    }

    public static WatchedFact order(String orderId, Instant since) {
        return new WatchedFact(Kind.ORDER, orderId, since);
    }

    public static WatchedFact refund(String refundId, Instant since) {
        return new WatchedFact(Kind.REFUND, refundId, since);
    }

    public static WatchedFact dispute(String disputeId, Instant since) {
        return new WatchedFact(Kind.DISPUTE, disputeId, since);
    }

    /** The same order, refund or dispute, whenever it was first seen. */
    public boolean sameAs(WatchedFact other) {
        return kind == other.kind && id.equals(other.id);
    }
}
