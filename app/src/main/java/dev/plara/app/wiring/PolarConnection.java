package dev.plara.app.wiring;

import dev.plara.app.config.PolarConfig;
import dev.plara.http.ReadinessCheck;
import dev.plara.polar.PolarPaymentProvider;
import dev.plara.polar.client.PolarClient;
import dev.plara.polar.client.PolarClientConfig;
import dev.plara.polar.emulator.EmulatorConfig;
import dev.plara.polar.emulator.PolarEmulator;
import dev.plara.polar.webhook.KeyDerivation;
import dev.plara.wallet.core.embedding.PaymentProvider;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * Polar as the core sees it, over the real client: the hosted service, or in demo mode the local emulator started
 * here, keeping its state in a directory beside the store's data so a restart finds the orders the ledger credited.
 * Checkouts send buyers back to {@code /checkout/success?checkout_id=...} or {@code /checkout/return}.
 */
public final class PolarConnection implements AutoCloseable {

    static final String WEBHOOK_PATH = "/api/webhooks/polar";

    private final PolarConfig config;
    private final PolarEmulator emulator;
    private final String topUpProductId;
    private final PolarClient client;
    private final PaymentProvider provider;

    /** @param emulatorData where the emulator keeps its state in demo mode */
    PolarConnection(PolarConfig config, Path emulatorData, URI publicBaseUrl, Clock clock) {
        this.config = config;
        this.emulator = config.emulated() ? PolarEmulator.start(EmulatorConfig.defaults()
                .withPort(config.emulatorPort()).withDataDirectory(emulatorData)) : null;
        var server = emulator != null ? emulator.baseUrl() : config.server();
        var token = emulator != null ? emulator.accessToken() : config.accessToken();
        this.topUpProductId = emulator != null ? emulator.topUpProductId() : config.topUpProductId().orElseThrow();
        this.client = new PolarClient(PolarClientConfig.of(server, token));
        this.provider = PolarPaymentProvider.create(client, topUpProductId, config.webhookSecret(),
                publicBaseUrl + "/checkout/success?checkout_id={CHECKOUT_ID}", publicBaseUrl + "/checkout/return",
                clock);
    }

    PaymentProvider provider() {
        return provider;
    }

    String topUpProductId() {
        return topUpProductId;
    }

    /**
     * In demo mode, tells the emulator where to deliver webhooks, signed with this server's secret, after deleting the
     * endpoints an earlier run of the demo registered (another port, another secret).
     */
    void registerWebhookEndpoint(URI serverBaseUrl) {
        if (emulator != null) {
            client.webhooks().listEndpoints().stream().filter(endpoint -> endpoint.url().endsWith(WEBHOOK_PATH))
                    .forEach(earlier -> client.webhooks().deleteEndpoint(earlier.id()));
            emulator.registerWebhook(URI.create(serverBaseUrl + WEBHOOK_PATH), config.webhookSecret(),
                    derivationOf(config.webhookSecret()));
        }
    }

    /** The standard derivation for a {@code whsec_} secret whose tail is base64, the legacy one otherwise. */
    static KeyDerivation derivationOf(String secret) {
        if (secret.startsWith("whsec_")) {
            try {
                Base64.getDecoder().decode(secret.substring("whsec_".length()));
                return KeyDerivation.STANDARD;
            } catch (IllegalArgumentException notBase64) {
                return KeyDerivation.LEGACY;
            }
        }
        return KeyDerivation.LEGACY;
    }

    /** Whether Polar answers: its product listing is read at most every 30 seconds. */
    ReadinessCheck readiness(Clock clock) {
        return new CachedReadiness("polar", () -> provider.products().products() != null, Duration.ofSeconds(30), clock);
    }

    /** The emulator, in demo mode; {@code null} against the real Polar. */
    public PolarEmulator emulator() {
        return emulator;
    }

    String describe() {
        return emulator != null ? "the local Polar emulator at " + emulator.baseUrl() : config.toString();
    }

    @Override
    public void close() {
        if (emulator != null) {
            emulator.close();
        }
    }
}
