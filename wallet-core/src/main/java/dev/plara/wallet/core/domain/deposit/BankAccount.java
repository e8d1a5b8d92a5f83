package dev.plara.wallet.core.domain.deposit;

import java.util.Currency;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The platform's bank account that users send transfers in one currency to, as the deposit form shows it.
 *
 * @param note what else a sender needs (a branch, a SWIFT code, what to write as the reference); {@code null} if nothing
 */
public record BankAccount(Currency currency, String bank, String holder, String number, String note) {

    private static final int MAX_TEXT = 200;

    public BankAccount {
        Objects.requireNonNull(currency, "currency");
        Stream.of(bank, holder, number).forEach(part -> {
            if (part == null || part.isBlank() || part.length() > MAX_TEXT) {
                throw new IllegalArgumentException("a bank account needs its bank, its holder and its number, each"
                        + " 1-" + MAX_TEXT + " characters");
            }
        });
        if (note != null && (note.isBlank() || note.length() > MAX_TEXT)) {
            throw new IllegalArgumentException("a bank account's note is 1-" + MAX_TEXT + " characters");
        }
    }
}
