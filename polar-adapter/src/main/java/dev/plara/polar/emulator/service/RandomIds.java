package dev.plara.polar.emulator.service;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/** New ids and secrets in Polar's forms: UUIDs for objects, prefixed random tokens for secrets. */
public final class RandomIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomIds() {
    }

    public static String uuid() {
        return UUID.randomUUID().toString();
    }

    /** {@code prefix} and 48 hex digits, such as a checkout's client secret {@code polar_c_...}. */
    public static String token(String prefix) {
        return prefix + HexFormat.of().formatHex(bytes(24));
    }

    /** A webhook secret in the standard form: {@code whsec_} and 32 random bytes in base64. */
    public static String webhookSecret() {
        return "whsec_" + Base64.getEncoder().encodeToString(bytes(32));
    }

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
