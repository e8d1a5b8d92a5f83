package dev.plara.http;

import dev.plara.http.jwt.ClaimNames;
import dev.plara.http.jwt.HostClaims;
import dev.plara.http.jwt.HostTokenVerifier;
import dev.plara.http.jwt.JwtKeys;
import dev.plara.http.jwt.JwtSettings;
import dev.plara.wallet.core.domain.user.Emails;
import dev.plara.wallet.core.domain.user.UserId;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * Signs in the host platform's users from its JWTs, verified as {@link JwtSettings} says (see
 * {@link HostTokenVerifier}). The user id claim is required; email, name and roles are optional. A user whose roles
 * include the configured admin role is one of Plara's admins; the platform's other roles mean nothing to Plara.
 */
public final class JwtAuthenticator implements Authenticator {

    private final HostTokenVerifier verifier;
    private final ClaimNames claims;
    private final String adminRole;

    public JwtAuthenticator(JwtSettings settings, Clock clock) {
        this.verifier = new HostTokenVerifier(settings, clock);
        this.claims = settings.claims();
        this.adminRole = settings.adminRole();
    }

    /** HS256 with {@code secret} (at least 32 bytes) and the default claims, judging time by {@code clock}. */
    public static JwtAuthenticator hs256(byte[] secret, Clock clock) {
        return new JwtAuthenticator(JwtSettings.of(new JwtKeys.SharedSecret(secret)), clock);
    }

    @Override
    public Optional<Principal> authenticate(String token) {
        return verifier.verify(token).flatMap(this::principalOf);
    }

    private Optional<Principal> principalOf(HostClaims token) {
        var subject = token.text(claims.userId()).filter(id -> !id.startsWith("guest:")).flatMap(JwtAuthenticator::userId);
        var roles = token.texts(claims.roles());
        if (subject.isEmpty() || roles.isEmpty()) {
            return Optional.empty();
        }
        var email = token.text(claims.email()).map(String::strip).filter(Emails::isValid).orElse(null);
        var name = token.text(claims.name()).map(String::strip).filter(text -> !text.isEmpty())
                .orElse(email != null ? email : subject.get().value());
        var plaraRoles = roles.get().contains(adminRole) ? Set.of(Principal.ADMIN) : Set.<String>of();
        return Optional.of(new Principal(subject.get(), email, name, plaraRoles));
    }

    private static Optional<UserId> userId(String subject) {
        try {
            return Optional.of(UserId.of(subject));
        } catch (IllegalArgumentException unusable) {
            return Optional.empty();
        }
    }
}
