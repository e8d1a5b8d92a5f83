package dev.plara.http.api;

import dev.plara.wallet.core.domain.DepositId;

import java.util.Optional;

/** Ids taken from a path: anything that is not a well-formed id is simply not found. */
final class PathIds {

    private PathIds() {
    }

    static Optional<DepositId> deposit(String value) {
        try {
            return Optional.of(new DepositId(value));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
