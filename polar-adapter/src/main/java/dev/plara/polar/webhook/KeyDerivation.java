package dev.plara.polar.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** How the HMAC key is made from a Polar webhook secret; which one depends on when the secret was generated. */
public enum KeyDerivation {

    /** Secrets made before 2026-09-08 (including {@code polar_whs_...}): the UTF-8 bytes of the whole secret. */
    LEGACY,
    /** Secrets made from 2026-09-08: {@code whsec_} + base64 of the key, as Standard Webhooks defines. */
    STANDARD;

    private static final String STANDARD_PREFIX = "whsec_";

    /** The key this derivation makes from {@code secret}, empty if the secret does not have its form. */
    public Optional<byte[]> key(String secret) {
        if (secret == null || secret.isEmpty()) {
            return Optional.empty();
        }
        if (this == LEGACY) {
            return Optional.of(secret.getBytes(StandardCharsets.UTF_8));
        }
        if (!secret.startsWith(STANDARD_PREFIX)) {
            return Optional.empty();
        }
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring(STANDARD_PREFIX.length()));
            return key.length == 0 ? Optional.empty() : Optional.of(key);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
