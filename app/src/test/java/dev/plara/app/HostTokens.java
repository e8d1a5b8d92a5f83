package dev.plara.app;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
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
        return sign(id, jwt -> jwt.claim("roles", List.of("admin")));
    }

    /** A valid token for {@code id}, changed by {@code change} before it is signed with the right key. */
    static String sign(String id, UnaryOperator<JWTClaimsSet.Builder> change) {
        return hs256(change.apply(claims(id)).build(), SECRET);
    }

    /**
     * Tokens claiming to be {@code victim} that a server must refuse: {@code alg: none}, another key, expired, not yet
     * valid, the signature stripped, and {@code victim}'s claims spliced into a genuine token of {@code attacker}.
     */
    static List<String> forgeriesFor(String victim, String attacker) {
        var genuine = user(victim);
        var attackers = user(attacker).split("\\.");
        return List.of(
                new PlainJWT(claims(victim).build()).serialize(),
                hs256(claims(victim).build(), "a-key-that-is-not-the-servers-32+"),
                sign(victim, jwt -> jwt.expirationTime(Date.from(Instant.now().minusSeconds(3600)))),
                sign(victim, jwt -> jwt.notBeforeTime(Date.from(Instant.now().plusSeconds(3600)))),
                genuine.substring(0, genuine.lastIndexOf('.') + 1),
                attackers[0] + "." + genuine.split("\\.")[1] + "." + attackers[2]);
    }

    /** The claims of a valid one-hour token for {@code id}, not yet signed. */
    static JWTClaimsSet.Builder claims(String id) {
        var now = Instant.now();
        return new JWTClaimsSet.Builder().subject(id).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                .claim("email", id + "@plara.dev").claim("name", "User " + id);
    }

    /** {@code claims} signed by {@code signer} under {@code header}, as any platform (or attacker) would. */
    static String sign(JWTClaimsSet claims, JWSHeader header, JWSSigner signer) {
        var jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException failed) {
            throw new IllegalStateException(failed);
        }
        return jwt.serialize();
    }

    private static String hs256(JWTClaimsSet claims, String secret) {
        try {
            return sign(claims, new JWSHeader(JWSAlgorithm.HS256), new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException tooShort) {
            throw new IllegalStateException(tooShort);
        }
    }
}
