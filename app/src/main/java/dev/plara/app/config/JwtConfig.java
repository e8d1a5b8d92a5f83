package dev.plara.app.config;

import dev.plara.http.jwt.ClaimNames;
import dev.plara.http.jwt.JwtKeys;
import dev.plara.http.jwt.JwtSettings;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The host platform's sign-in: exactly one key source, {@code PLARA_JWT_SECRET} (HS256), {@code PLARA_JWT_PUBLIC_KEY}
 * (PEM: RSA, EC or Ed25519) or {@code PLARA_JWT_JWKS_URL}; then {@code PLARA_JWT_ALGORITHMS}, {@code PLARA_JWT_ISSUER},
 * {@code PLARA_JWT_AUDIENCE}, {@code PLARA_JWT_CLAIM_USER_ID}/{@code _EMAIL}/{@code _NAME}/{@code _ROLES} and
 * {@code PLARA_JWT_ADMIN_ROLE}. Demo mode verifies the tokens its own sign-in issues, with {@code PLARA_JWT_SECRET} or a
 * generated secret, and reads none of the others.
 *
 * @param demoSecret the secret demo sessions are signed with; {@code null} outside demo mode
 */
public record JwtConfig(JwtSettings settings, String demoSecret) {

    private static final String SECRET = "PLARA_JWT_SECRET";
    private static final String PUBLIC_KEY = "PLARA_JWT_PUBLIC_KEY";
    private static final String JWKS_URL = "PLARA_JWT_JWKS_URL";

    public JwtConfig {
        Objects.requireNonNull(settings, "settings");
    }

    static JwtConfig from(Env env, boolean demo, SecretSource secrets) {
        var secret = env.optional(SECRET).orElse(null);
        if (secret != null && secret.getBytes(StandardCharsets.UTF_8).length < JwtKeys.SharedSecret.MIN_BYTES) {
            throw new ConfigException(SECRET, "must be at least 32 characters for HS256");
        }
        if (demo) {
            var demoSecret = secret != null ? secret : secrets.jwtSecret();
            return new JwtConfig(JwtSettings.of(sharedSecret(demoSecret)), demoSecret);
        }
        var keys = keys(env, secret);
        var algorithms = env.parsedList("PLARA_JWT_ALGORITHMS",
                names -> JwtSettings.algorithmsFor(keys, Set.copyOf(names)), keys.impliedAlgorithms());
        var issuer = env.parsed("PLARA_JWT_ISSUER", JwtSettings::checkIssuer, null);
        var audiences = Set.copyOf(env.list("PLARA_JWT_AUDIENCE"));
        var claims = new ClaimNames(claim(env, "USER_ID", "sub"), claim(env, "EMAIL", "email"),
                claim(env, "NAME", "name"), claim(env, "ROLES", "roles"));
        var adminRole = env.optional("PLARA_JWT_ADMIN_ROLE").orElse(JwtSettings.DEFAULT_ADMIN_ROLE);
        return new JwtConfig(new JwtSettings(keys, algorithms, issuer, audiences, claims, adminRole), null);
    }

    private static JwtKeys keys(Env env, String secret) {
        var given = new LinkedHashMap<String, JwtKeys>();
        if (secret != null) {
            given.put(SECRET, sharedSecret(secret));
        }
        given.put(PUBLIC_KEY, env.parsed(PUBLIC_KEY, JwtKeys.PublicKey::fromPem, null));
        given.put(JWKS_URL, env.parsed(JWKS_URL, JwtKeys.KeySet::at, null));
        given.values().removeIf(Objects::isNull);
        if (given.isEmpty()) {
            throw new ConfigException(SECRET, "is required to verify sign-ins, or instead " + PUBLIC_KEY + " or "
                    + JWKS_URL);
        }
        if (given.size() > 1) {
            throw new ConfigException(String.join(" and ", given.keySet()), "are both set; set only one of " + SECRET
                    + ", " + PUBLIC_KEY + " and " + JWKS_URL);
        }
        return given.values().iterator().next();
    }

    private static String claim(Env env, String suffix, String fallback) {
        var name = "PLARA_JWT_CLAIM_" + suffix;
        return env.parsed(name, value -> ClaimNames.checked(value, suffix.toLowerCase().replace('_', ' ')), fallback);
    }

    private static JwtKeys.SharedSecret sharedSecret(String secret) {
        return new JwtKeys.SharedSecret(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** Where the keys come from, the algorithms and the issuer; never a secret. */
    @Override
    public String toString() {
        var keys = settings.keys();
        var source = demoSecret != null ? "demo sign-in, shared secret"
                : keys instanceof JwtKeys.KeySet set ? "JWKS " + set.url()
                : keys instanceof JwtKeys.PublicKey ? "public key" : "shared secret";
        return source + " (" + String.join(", ", new TreeSet<>(settings.algorithms())) + ")"
                + (settings.issuer() == null ? "" : ", issuer " + settings.issuer());
    }
}
