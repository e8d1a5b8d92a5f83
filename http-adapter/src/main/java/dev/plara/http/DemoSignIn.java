package dev.plara.http;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.plara.http.jwt.JwtKeys;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
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
    private final MACSigner signer;
    private final Clock clock;

    /** @param secret the same secret given to {@link JwtAuthenticator#hs256}, at least 32 bytes */
    public DemoSignIn(List<DemoUser> users, byte[] secret, Clock clock) {
        this.users = List.copyOf(users);
        this.signer = signerFor(new JwtKeys.SharedSecret(secret));
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
        var claims = new JWTClaimsSet.Builder()
                .subject(profile.id().value())
                .claim("name", profile.name())
                .claim("email", profile.email())
                .claim("roles", List.copyOf(user.roles()))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(SESSION)))
                .build();
        var token = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            token.sign(signer);
        } catch (JOSEException impossible) {
            throw new IllegalStateException("cannot sign a demo session", impossible);
        }
        return token.serialize();
    }

    private static MACSigner signerFor(JwtKeys.SharedSecret secret) {
        try {
            return new MACSigner(secret.secret());
        } catch (JOSEException tooShort) {
            throw new IllegalArgumentException("the demo secret is too short for HS256", tooShort);
        }
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
