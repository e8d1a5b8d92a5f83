package dev.plara.wallet.core.domain.ledger;

import java.util.Objects;

/** One difference an audit found, with what was expected and what was there. */
public record Discrepancy(DiscrepancyKind kind, String account, String expected, String actual, String detail) {

    public Discrepancy {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(detail, "detail");
    }
}
