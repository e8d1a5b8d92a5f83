package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;

import java.util.Optional;

/**
 * The users Plara has seen signed in, so a payment naming one can be credited.
 *
 * <p>Contract: {@link #remember} inserts or updates the profile with that id; {@link #find} returns the latest;
 * {@link #exists} is true once any server remembered the id. Plara never forgets a user, so an implementation may keep
 * a true answer of {@link #exists} for good (never a false one, nor a profile: an email can change on another server).
 */
public interface UserStore {

    void remember(UserProfile user);

    Optional<UserProfile> find(UserId id);

    boolean exists(UserId id);
}
