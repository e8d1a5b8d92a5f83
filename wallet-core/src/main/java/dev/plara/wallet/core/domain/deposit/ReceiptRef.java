package dev.plara.wallet.core.domain.deposit;

import java.util.Objects;

/** Points at a stored bank transfer receipt in the {@code ReceiptStore}. */
public record ReceiptRef(String value) {

    public ReceiptRef {
        Objects.requireNonNull(value, "receipt reference");
        if (value.isBlank() || value.length() > 128) {
            throw new IllegalArgumentException("a receipt reference is 1-128 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
