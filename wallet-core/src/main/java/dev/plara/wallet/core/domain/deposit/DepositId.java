package dev.plara.wallet.core.domain.deposit;

import java.util.Objects;
import java.util.regex.Pattern;

/** Identifies a bank deposit submission. */
public record DepositId(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public DepositId {
        Objects.requireNonNull(value, "deposit id");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a deposit id: '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
