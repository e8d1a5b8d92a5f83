package dev.plara.app;

import dev.plara.polar.emulator.PolarEmulator;
import dev.plara.polar.webhook.KeyDerivation;
import dev.plara.polar.webhook.WebhookSigner;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The environment that runs Plara in production mode against a Polar emulator of the test's own: {@code POLAR_SERVER}
 * is the emulator's URL, with its token, its top-up product, a webhook secret made for this run (its endpoint made
 * at the emulator) and the host JWT key.
 */
final class ProductionEnvironment {

    /** A standard {@code whsec_} secret, new for every test run. */
    static final String WEBHOOK_SECRET = "whsec_" + Base64.getEncoder().encodeToString(randomBytes());

    private ProductionEnvironment() {
    }

    /**
     * The environment for a server on {@code port} ({@code 0}: a free one, chosen here), whose Polar holds what the
     * server's start checks: the top-up product, and a webhook endpoint at {@code PUBLIC_BASE_URL} signed with this
     * run's secret. That endpoint is disabled, so no event reaches the server until a test has Polar deliver them.
     */
    static Map<String, String> against(PolarEmulator emulator, int port) {
        int chosen = port == 0 ? ServerProcess.freePort() : port;
        var publicBaseUrl = "http://127.0.0.1:" + chosen;
        var endpoint = emulator.registerWebhook(URI.create(publicBaseUrl + PolarWebhook.PATH), WEBHOOK_SECRET,
                KeyDerivation.STANDARD);
        emulator.controls().disableWebhookEndpoint(endpoint);
        var env = new HashMap<String, String>();
        env.put("PORT", String.valueOf(chosen));
        env.put("PUBLIC_BASE_URL", publicBaseUrl);
        env.put("POLAR_SERVER", emulator.baseUrl());
        env.put("POLAR_ACCESS_TOKEN", emulator.accessToken());
        env.put("POLAR_WEBHOOK_SECRET", WEBHOOK_SECRET);
        env.put("PLARA_TOPUP_PRODUCT_ID", emulator.topUpProductId());
        env.put("PLARA_JWT_SECRET", HostTokens.SECRET);
        return env;
    }

    /** Signs deliveries as Polar signs them for an endpoint with this run's secret. */
    static WebhookSigner polarSigner() {
        return new WebhookSigner(WEBHOOK_SECRET, KeyDerivation.STANDARD);
    }

    private static byte[] randomBytes() {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
