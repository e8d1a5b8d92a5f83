package dev.plara.wallet.core.domain.user;

import java.util.Objects;

/**
 * A user Plara has seen signed in, so that a payment naming them can be credited.
 *
 * @param email {@code null} when the host platform sent none
 */
public record UserProfile(UserId id, String email, String name) {

    public UserProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (email != null) {
            email = Emails.normalize(email);
        }
    }
}
