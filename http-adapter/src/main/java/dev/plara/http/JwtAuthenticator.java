package dev.plara.http;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.plara.wallet.core.domain.user.Emails;
import dev.plara.wallet.core.domain.user.UserId;

import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Verifies the host platform's JWTs: HS256 with a shared secret or RS256 with a public key, nothing else (no
 * {@code alg: none}, no switching algorithms). A token needs {@code sub} (the user id) and {@code exp}; {@code email},
 * {@code name} and {@code roles} (an array of strings) are optional. 30 s of clock skew are tolerated.
 */
public final class JwtAuthenticator implements Authenticator {

    static final int MIN_SECRET_BYTES = 32;
    private static final long LEEWAY_SECONDS = 30;
    private static final int MAX_TOKEN_LENGTH = 8_192;

    private final JWTVerifier verifier;

    private JwtAuthenticator(Algorithm algorithm, Clock clock) {
        var verification = (JWTVerifier.BaseVerification) JWT.require(algorithm)
                .withClaimPresence("exp")
                .acceptLeeway(LEEWAY_SECONDS);
        this.verifier = verification.build(clock);
    }

    /** HS256 with {@code secret} (at least 32 bytes), the secret the host platform signs with. */
    public static JwtAuthenticator hs256(byte[] secret) {
        return hs256(secret, Clock.systemUTC());
    }

    /** HS256 with {@code secret}, judging expiry by {@code clock}. */
    public static JwtAuthenticator hs256(byte[] secret, Clock clock) {
        return new JwtAuthenticator(hmac(secret), clock);
    }

    /** RS256 with the host platform's public key. */
    public static JwtAuthenticator rs256(RSAPublicKey publicKey) {
        return rs256(publicKey, Clock.systemUTC());
    }

    /** RS256 with the host platform's public key, judging expiry by {@code clock}. */
    public static JwtAuthenticator rs256(RSAPublicKey publicKey, Clock clock) {
        return new JwtAuthenticator(Algorithm.RSA256(Objects.requireNonNull(publicKey, "public key"), null), clock);
    }

    /** RS256 with a public key in PEM form ({@code -----BEGIN PUBLIC KEY----- ...}, X.509 SubjectPublicKeyInfo). */
    public static JwtAuthenticator rs256(String pemPublicKey) {
        return rs256(publicKeyFromPem(pemPublicKey), Clock.systemUTC());
    }

    /** Reads an RSA public key in PEM form, refusing anything else. */
    public static RSAPublicKey publicKeyFromPem(String pemPublicKey) {
        var base64 = pemPublicKey.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        try {
            var key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
            return (RSAPublicKey) key;
        } catch (java.security.GeneralSecurityException | IllegalArgumentException | ClassCastException bad) {
            throw new IllegalArgumentException("not an RSA public key in PEM form", bad);
        }
    }

    /** The HS256 algorithm for a shared secret, refusing secrets too short to be safe. */
    static Algorithm hmac(byte[] secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("an HS256 secret has at least " + MIN_SECRET_BYTES + " bytes");
        }
        return Algorithm.HMAC256(secret);
    }

    @Override
    public Optional<Principal> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        try {
            return principalOf(verifier.verify(token));
        } catch (JWTVerificationException | IllegalArgumentException refused) {
            return Optional.empty();
        }
    }

    private static Optional<Principal> principalOf(DecodedJWT jwt) {
        var subject = jwt.getSubject();
        if (subject == null || subject.startsWith("guest:")) {
            return Optional.empty();
        }
        var user = UserId.of(subject);
        var email = Emails.isValid(jwt.getClaim("email").asString()) ? jwt.getClaim("email").asString().strip() : null;
        var name = jwt.getClaim("name").asString();
        var displayName = name != null && !name.isBlank() ? name.strip() : email != null ? email : subject;
        List<String> roles = jwt.getClaim("roles").isMissing() || jwt.getClaim("roles").isNull() ? List.of()
                : jwt.getClaim("roles").asList(String.class);
        if (roles == null) {
            return Optional.empty();
        }
        var cleanRoles = new HashSet<>(roles);
        cleanRoles.remove(null);
        return Optional.of(new Principal(user, email, displayName, cleanRoles));
    }
}
