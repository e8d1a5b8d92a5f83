package dev.plara.app.config;

import java.security.SecureRandom;
import java.util.Base64;

/** Makes secrets for demo mode when the environment gives none: a JWT key and a Standard Webhooks secret. */
final class SecretSource {

    private final SecureRandom random = new SecureRandom();

    String jwtSecret() {
        return Base64.getEncoder().encodeToString(bytes(32));
    }

    /** A secret in the standard {@code whsec_} form, as Polar issues them since 2026-09-08. */
    String webhookSecret() {
        return "whsec_" + Base64.getEncoder().encodeToString(bytes(32));
    }

    private byte[] bytes(int count) {
        var bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
