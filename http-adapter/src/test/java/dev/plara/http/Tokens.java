package dev.plara.http;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

/** Signs test JWTs the way a host platform would (HS256 with the server's secret), and the ways an attacker would try. */
final class Tokens {

    private final byte[] secret;
    private final Clock clock;

    Tokens(byte[] secret, Clock clock) {
        this.secret = secret;
        this.clock = clock;
    }

    static byte[] randomSecret() {
        var secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return secret;
    }

    byte[] secret() {
        return secret;
    }

    Clock clock() {
        return clock;
    }

    String user(String id) {
        return sign(id, builder -> builder);
    }

    String admin(String id) {
        return sign(id, builder -> builder.claim("roles", List.of("admin")));
    }

    /** A valid HS256 token for {@code id}, changed by {@code change} before signing. */
    String sign(String id, UnaryOperator<JWTClaimsSet.Builder> change) {
        return Jwts.hmac(change.apply(claims(id)).build(), JWSAlgorithm.HS256, secret);
    }

    /** The claims of a valid one-hour token for {@code id}, unsigned. */
    JWTClaimsSet.Builder claims(String id) {
        var now = clock.instant();
        return new JWTClaimsSet.Builder().subject(id).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                .claim("email", id + "@example.org").claim("name", id);
    }
}
