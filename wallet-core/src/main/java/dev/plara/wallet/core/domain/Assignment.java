package dev.plara.wallet.core.domain;

import java.time.Instant;
import java.util.Objects;

/** An admin's decision to credit a parked payment to a user. */
public record Assignment(UserId user, String by, Instant at, String note) {

    public Assignment {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(by, "assigned by");
        Objects.requireNonNull(at, "assigned at");
    }
}
