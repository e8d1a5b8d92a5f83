package dev.plara.http;

import dev.plara.wallet.core.domain.user.Emails;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;

import java.util.Objects;
import java.util.Set;

/**
 * The signed-in user of a request, as the host platform's token names them.
 *
 * @param email {@code null} when the token carries no usable address
 */
public record Principal(UserId user, String email, String name, Set<String> roles) {

    public static final String ADMIN = "admin";

    public Principal {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
        if (email != null && !Emails.isValid(email)) {
            throw new IllegalArgumentException("not an email address: '" + email + "'");
        }
    }

    public boolean isAdmin() {
        return roles.contains(ADMIN);
    }

    /** The profile the core remembers, so payments naming this user can be credited. */
    public UserProfile profile() {
        return new UserProfile(user, email, name);
    }
}
