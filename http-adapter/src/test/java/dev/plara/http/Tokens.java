package dev.plara.http;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** Signs test JWTs the way a host platform would, and the ways an attacker would try. */
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

    String user(String id) {
        return sign(id, builder -> builder);
    }

    String admin(String id) {
        return sign(id, builder -> builder.withArrayClaim("roles", new String[] {"admin"}));
    }

    /** A valid HS256 token for {@code id}, changed by {@code change} before signing. */
    String sign(String id, UnaryOperator<JWTCreator.Builder> change) {
        return change.apply(claims(id)).sign(Algorithm.HMAC256(secret));
    }

    /** The claims of a valid token for {@code id}, unsigned. */
    JWTCreator.Builder claims(String id) {
        var now = clock.instant();
        var builder = JWT.create().withIssuedAt(now).withExpiresAt(now.plus(Duration.ofHours(1)))
                .withClaim("email", id + "@example.org").withClaim("name", id);
        return id == null ? builder : builder.withSubject(id);
    }
}
