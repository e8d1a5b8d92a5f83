package dev.plara.wallet.core.domain.user;

import java.util.Objects;

/** What the payment provider's customer record of a user carries: the user's email and display name. */
public record CustomerDetails(String email, String name) {

    public CustomerDetails {
        email = Emails.normalize(email);
        Objects.requireNonNull(name, "name");
    }

    /** The details of a signed-in user, who must have an email. */
    public static CustomerDetails of(UserProfile user) {
        return new CustomerDetails(user.email(), user.name());
    }
}
