package dev.plara.http.jwt;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/** Where the keys that sign the host platform's JWTs come from: a shared secret, one public key, or a JWKS URL. */
public sealed interface JwtKeys permits JwtKeys.SharedSecret, JwtKeys.PublicKey, JwtKeys.KeySet {

    /** Every algorithm these keys could verify; configuring any other is refused. */
    Set<String> possibleAlgorithms();

    /** The algorithms allowed when none are configured. */
    Set<String> impliedAlgorithms();

    /** An HMAC secret of at least 32 bytes (HS256; HS384 needs 48 bytes, HS512 64). */
    record SharedSecret(byte[] secret) implements JwtKeys {
        public static final int MIN_BYTES = 32;

        public SharedSecret {
            Objects.requireNonNull(secret, "secret");
            if (secret.length < MIN_BYTES) {
                throw new IllegalArgumentException("an HS256 secret has at least " + MIN_BYTES + " bytes");
            }
            secret = secret.clone();
        }

        @Override
        public byte[] secret() {
            return secret.clone();
        }

        @Override
        public Set<String> possibleAlgorithms() {
            return secret.length >= 64 ? Set.of("HS256", "HS384", "HS512")
                    : secret.length >= 48 ? Set.of("HS256", "HS384") : Set.of("HS256");
        }

        @Override
        public Set<String> impliedAlgorithms() {
            return Set.of("HS256");
        }

        /** Never prints the secret. */
        @Override
        public String toString() {
            return "shared secret";
        }
    }

    /** One public key (RSA, EC P-256/P-384/P-521 or Ed25519), as read by {@link #fromPem}. */
    record PublicKey(java.security.PublicKey key) implements JwtKeys {
        public PublicKey {
            Objects.requireNonNull(key, "key");
            PemKeys.algorithmsFor(key);
        }

        /** Reads a {@code -----BEGIN PUBLIC KEY-----} PEM block (or its bare base64), refusing anything else. */
        public static PublicKey fromPem(String pem) {
            return new PublicKey(PemKeys.parse(pem));
        }

        @Override
        public Set<String> possibleAlgorithms() {
            return PemKeys.algorithmsFor(key);
        }

        @Override
        public Set<String> impliedAlgorithms() {
            return PemKeys.impliedAlgorithmFor(key);
        }
    }

    /**
     * A JWKS URL, https unless on loopback. The set is cached for {@code cacheLifetime}; a token whose key id is not in
     * the cached set makes it fetch again, at most twice per {@code refetchInterval}.
     */
    record KeySet(URI url, Duration cacheLifetime, Duration refetchInterval) implements JwtKeys {
        public static final Duration CACHE_LIFETIME = Duration.ofMinutes(5);
        public static final Duration REFETCH_INTERVAL = Duration.ofSeconds(30);

        public KeySet {
            Objects.requireNonNull(url, "url");
            if (url.getHost() == null || !("https".equals(url.getScheme())
                    || "http".equals(url.getScheme()) && isLoopback(url.getHost()))) {
                throw new IllegalArgumentException("a JWKS URL must be https (plain http only on this machine's "
                        + "loopback), like https://example.eu.auth0.com/.well-known/jwks.json");
            }
            if (cacheLifetime.isNegative() || cacheLifetime.isZero() || refetchInterval.isNegative()) {
                throw new IllegalArgumentException("the key set's cache lifetime must be positive");
            }
        }

        /** The URL with the default cache lifetime (5 min) and refetch interval (30 s). */
        public static KeySet at(String url) {
            return new KeySet(URI.create(url), CACHE_LIFETIME, REFETCH_INTERVAL);
        }

        @Override
        public Set<String> possibleAlgorithms() {
            return Set.of("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA",
                    "Ed25519");
        }

        @Override
        public Set<String> impliedAlgorithms() {
            return Set.of("RS256", "ES256", "EdDSA");
        }

        private static boolean isLoopback(String host) {
            if ("localhost".equalsIgnoreCase(host)) {
                return true;
            }
            var literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
            if (!literal.matches("[0-9.]+|[0-9a-fA-F:]+")) {
                return false;
            }
            try {
                return InetAddress.getByName(literal).isLoopbackAddress();
            } catch (UnknownHostException notAnAddress) {
                return false;
            }
        }
    }
}
