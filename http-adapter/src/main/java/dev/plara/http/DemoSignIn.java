package dev.plara.http;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Demo mode's stand-in for the host platform's sign-in: a fixed list of demo users and an HS256 token issuer using the
 * server's own JWT secret, so demo sessions carry exactly the kind of token a real host platform would issue. Give
 * {@link PlaraServer#start} one only in demo mode; without it the sign-in routes do not exist.
 */
public final class DemoSignIn {

    /** How long a demo session lasts. */
    public static final Duration SESSION = Duration.ofHours(12);

    private final List<DemoUser> users;
    private final Algorithm algorithm;
    private final Clock clock;

    /** @param secret the same secret given to {@link JwtAuthenticator#hs256}, at least 32 bytes */
    public DemoSignIn(List<DemoUser> users, byte[] secret, Clock clock) {
        this.users = List.copyOf(users);
        this.algorithm = JwtAuthenticator.hmac(secret);
        this.clock = Objects.requireNonNull(clock, "clock");
        if (this.users.isEmpty()) {
            throw new IllegalArgumentException("demo mode needs at least one demo user");
        }
    }

    public List<DemoUser> users() {
        return users;
    }

    public Optional<DemoUser> find(UserId id) {
        return users.stream().filter(user -> user.profile().id().equals(id)).findFirst();
    }

    /** A signed session token for {@code user}, valid for {@link #SESSION}. */
    public String tokenFor(DemoUser user) {
        var now = clock.instant();
        var profile = user.profile();
        var builder = JWT.create()
                .withSubject(profile.id().value())
                .withClaim("name", profile.name())
                .withArrayClaim("roles", user.roles().toArray(String[]::new))
                .withIssuedAt(now)
                .withExpiresAt(now.plus(SESSION));
        if (profile.email() != null) {
            builder.withClaim("email", profile.email());
        }
        return builder.sign(algorithm);
    }

    /** A demo user: who they are and their roles ({@code admin} for the admin). */
    public record DemoUser(UserProfile profile, Set<String> roles) {
        public DemoUser {
            Objects.requireNonNull(profile, "profile");
            roles = Set.copyOf(roles);
        }

        public boolean isAdmin() {
            return roles.contains(Principal.ADMIN);
        }
    }
}
