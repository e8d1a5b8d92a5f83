package dev.plara.wallet.core.domain.user;

import java.util.Objects;

/**
 * Identifies a user of the host platform (the JWT {@code sub}). A purchase made without signing in belongs to a
 * guest user derived from the customer's email.
 */
public record UserId(String value) {

    private static final int MAX_LENGTH = 128;

    public UserId {
        Objects.requireNonNull(value, "user id");
        if (value.isBlank() || value.length() > MAX_LENGTH || !value.equals(value.strip())) {
            throw new IllegalArgumentException("a user id is 1-" + MAX_LENGTH + " characters without surrounding spaces");
        }
        if (value.contains("/")) {
            throw new IllegalArgumentException("a user id may not contain '/': " + value);
        }
    }

    public static UserId of(String value) {
        return new UserId(value);
    }

    /** The owner of a purchase made by someone who was not signed in. */
    public static UserId guest(String email) {
        return new UserId("guest:" + Emails.normalize(email));
    }

    @Override
    public String toString() {
        return value;
    }
}
