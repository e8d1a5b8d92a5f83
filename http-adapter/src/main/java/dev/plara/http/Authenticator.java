package dev.plara.http;

import java.util.Optional;

/**
 * Turns the token a request carries (bearer header or session cookie) into the signed-in user.
 *
 * <p>Contract: never throws for a bad token; anything not genuine, not valid now, or without a usable subject is
 * {@code Optional.empty()}.
 */
public interface Authenticator {

    Optional<Principal> authenticate(String token);
}
