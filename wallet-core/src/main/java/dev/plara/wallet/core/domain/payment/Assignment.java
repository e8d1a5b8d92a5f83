package dev.plara.wallet.core.domain.payment;

import dev.plara.wallet.core.domain.user.UserId;

import java.time.Instant;
import java.util.Objects;

/**
 * How a parked payment was credited to a user: by an admin's decision, or by Plara itself when the same order came
 * again (a webhook redelivery, the inbox replay, reconciliation) and could then be credited.
 */
public record Assignment(UserId user, String by, Instant at, String note) {

    /** Who resolves a parked payment whose order was credited without an admin. */
    public static final String PLARA = "plara";

    public Assignment {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(by, "assigned by");
        Objects.requireNonNull(at, "assigned at");
    }

    /** The order of a parked payment was credited to {@code user} at {@code at} when it came again. */
    public static Assignment creditedWhenItCameAgain(UserId user, Instant at) {
        return new Assignment(user, PLARA, at, "credited when the order came again (webhook redelivery, inbox replay"
                + " or reconciliation)");
    }
}
