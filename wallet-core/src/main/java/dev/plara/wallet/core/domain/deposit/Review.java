package dev.plara.wallet.core.domain.deposit;

import java.time.Instant;
import java.util.Objects;

/** Who decided on a bank deposit and when; a rejection also says why. */
public record Review(String reviewer, Instant at, String reason) {

    public Review {
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(at, "reviewed at");
        if (reviewer.isBlank()) {
            throw new IllegalArgumentException("a review names its reviewer");
        }
        if (reason != null && (reason.isBlank() || reason.length() > 500)) {
            throw new IllegalArgumentException("a rejection reason is 1-500 characters");
        }
    }
}
