package dev.plara.wallet.core.domain.deposit;

import java.util.Objects;

/** Identifies a bank deposit submission. */
public record DepositId(String value) {

    public DepositId {
        Objects.requireNonNull(value, "deposit id");
        if (!value.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("not a deposit id: '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
