package dev.plara.wallet.core.domain.reconciliation;

import java.time.Instant;
import java.util.Objects;

/**
 * An order or refund reconciliation reads again by its id on every run until it applies: one the provider had not
 * settled yet (a pending order or refund, which may settle hours later), or one that failed to apply.
 *
 * @param since when reconciliation first saw it; it is dropped once older than reconciliation's first look-back
 */
public record WatchedFact(Kind kind, String id, Instant since) {

    /** Which kind of provider object the id names. */
    public enum Kind { ORDER, REFUND }

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

    /** The same order or refund, whenever it was first seen. */
    public boolean sameAs(WatchedFact other) {
        return kind == other.kind && id.equals(other.id);
    }
}
