package dev.plara.wallet.core.domain.ledger;

import java.time.Instant;
import java.util.Objects;

/** An admin's decision to credit a parked payment to a user: who decided, when, and their note. */
public record AdminCredit(String admin, Instant at, String note) {

    public AdminCredit {
        Objects.requireNonNull(admin, "admin");
        Objects.requireNonNull(at, "at");
    }
}
