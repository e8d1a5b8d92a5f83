package dev.plara.http.jwt;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the host platform's JWTs are verified. A token must be signed by one of {@code keys} with one of
 * {@code algorithms} (never {@code none}, never an algorithm the keys do not imply, so no HMAC keyed with a public
 * key), carry {@code exp}, and be within {@link #CLOCK_SKEW} of its {@code exp}, {@code nbf} and {@code iat}.
 *
 * @param algorithms the JWS algorithms accepted; empty for those the keys imply ({@link JwtKeys#impliedAlgorithms})
 * @param issuer     the exact {@code iss} a token must carry, or {@code null} to accept any
 * @param audiences  a token's {@code aud} must hold one of these; empty to accept any
 * @param adminRole  the role, among those of the roles claim, that makes a user one of Plara's admins
 */
public record JwtSettings(JwtKeys keys, Set<String> algorithms, String issuer, Set<String> audiences,
                          ClaimNames claims, String adminRole) {

    /** How far the platform's clock may be from Plara's when judging {@code exp}, {@code nbf} and {@code iat}. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    public static final String DEFAULT_ADMIN_ROLE = "admin";

    public JwtSettings {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(claims, "claims");
        algorithms = algorithmsFor(keys, algorithms);
        if (issuer != null) {
            checkIssuer(issuer);
        }
        audiences = Set.copyOf(audiences);
        if (audiences.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("an audience cannot be blank");
        }
        if (adminRole == null || adminRole.isBlank()) {
            throw new IllegalArgumentException("the admin role cannot be blank");
        }
    }

    /** {@code keys} with the algorithms they imply, any issuer and audience, the default claims and admin role. */
    public static JwtSettings of(JwtKeys keys) {
        return new JwtSettings(keys, Set.of(), null, Set.of(), ClaimNames.DEFAULTS, DEFAULT_ADMIN_ROLE);
    }

    /** {@code configured}, each checked against {@code keys}; or, when empty, the algorithms the keys imply. */
    public static Set<String> algorithmsFor(JwtKeys keys, Set<String> configured) {
        configured.forEach(algorithm -> checkAlgorithm(keys, algorithm));
        return configured.isEmpty() ? keys.impliedAlgorithms() : Set.copyOf(configured);
    }

    /** Refuses an issuer that is not a URL with its scheme (OpenID Connect issuers are https URLs). */
    public static String checkIssuer(String issuer) {
        if (!isUrl(issuer)) {
            throw new IllegalArgumentException("the issuer is written with its scheme, exactly as the tokens' iss "
                    + "claim has it, like https://example.eu.auth0.com/");
        }
        return issuer;
    }

    private static void checkAlgorithm(JwtKeys keys, String algorithm) {
        if ("none".equalsIgnoreCase(algorithm)) {
            throw new IllegalArgumentException("'none' (unsigned tokens) is never accepted");
        }
        if (!keys.possibleAlgorithms().contains(algorithm)) {
            throw new IllegalArgumentException("'" + algorithm + "' cannot be verified with " + describe(keys)
                    + "; these keys take " + String.join(", ", new TreeSet<>(keys.possibleAlgorithms())));
        }
    }

    private static String describe(JwtKeys keys) {
        return keys instanceof JwtKeys.SharedSecret ? "this shared secret"
                : keys instanceof JwtKeys.PublicKey ? "this public key" : "a JWKS URL";
    }

    private static boolean isUrl(String issuer) {
        try {
            var uri = new URI(issuer);
            return uri.getScheme() != null && uri.getHost() != null;
        } catch (java.net.URISyntaxException notAUri) {
            return false;
        }
    }
}
