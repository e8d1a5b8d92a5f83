package dev.plara.app;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Signs the JWTs a host platform would give its users (HS256, sub/email/roles/exp), and the forgeries an attacker
 * would try.
 */
final class HostTokens {

    /** The HS256 secret the servers under test verify with (test-only, at least 32 characters). */
    static final String SECRET = "plara-test-jwt-secret-0123456789abcdef";

    private HostTokens() {
    }

    static String user(String id) {
        return sign(id, jwt -> jwt);
    }

    static String admin(String id) {
        return sign(id, jwt -> jwt.withArrayClaim("roles", new String[] {"admin"}));
    }

    /** A valid token for {@code id}, changed by {@code change} before it is signed with the right key. */
    static String sign(String id, UnaryOperator<JWTCreator.Builder> change) {
        return change.apply(claims(id)).sign(Algorithm.HMAC256(SECRET.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Tokens claiming to be {@code victim} that a server must refuse: {@code alg: none}, another key, expired, not yet
     * valid, the signature stripped, and {@code victim}'s claims spliced into a genuine token of {@code attacker}.
     */
    static List<String> forgeriesFor(String victim, String attacker) {
        var genuine = user(victim);
        var attackers = user(attacker).split("\\.");
        return List.of(
                claims(victim).sign(Algorithm.none()),
                claims(victim).sign(Algorithm.HMAC256("a-key-that-is-not-the-servers-32+")),
                sign(victim, jwt -> jwt.withExpiresAt(Instant.now().minusSeconds(3600))),
                sign(victim, jwt -> jwt.withNotBefore(Instant.now().plusSeconds(3600))),
                genuine.substring(0, genuine.lastIndexOf('.') + 1),
                attackers[0] + "." + genuine.split("\\.")[1] + "." + attackers[2]);
    }

    /** The claims of a valid one-hour token for {@code id}, not yet signed. */
    static JWTCreator.Builder claims(String id) {
        var now = Instant.now();
        return JWT.create().withSubject(id).withIssuedAt(now).withExpiresAt(now.plus(Duration.ofHours(1)))
                .withClaim("email", id + "@plara.dev").withClaim("name", "User " + id);
    }
}
