package dev.plara.app.wiring;

import dev.plara.app.config.ConfigException;
import dev.plara.app.config.PolarConfig;
import dev.plara.app.config.SetupConfig;
import dev.plara.http.ReadinessCheck;
import dev.plara.http.api.WebhookHandler;
import dev.plara.polar.PolarPaymentProvider;
import dev.plara.polar.client.PolarClient;
import dev.plara.polar.client.PolarClientConfig;
import dev.plara.polar.emulator.EmulatorConfig;
import dev.plara.polar.emulator.PolarEmulator;
import dev.plara.polar.setup.PolarSetup;
import dev.plara.polar.webhook.KeyDerivation;
import dev.plara.wallet.core.embedding.PaymentProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Polar as the core sees it, over the real client: the hosted service, or in demo mode the local emulator started
 * here, keeping its state in a directory beside the store's data so a restart finds the orders the ledger credited.
 * Checkouts send buyers back to {@code /checkout/success?checkout_id=...} or {@code /checkout/return}.
 */
public final class PolarConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PolarConnection.class);

    private final PolarConfig config;
    private final PolarEmulator emulator;
    private final String topUpProductId;
    private final PolarClient client;
    private final PaymentProvider provider;
    /** Where Polar sends this server's webhooks: at PUBLIC_BASE_URL, or where the demo registered them. */
    private final AtomicReference<String> webhookUrl = new AtomicReference<>();

    /**
     * Against the real Polar, first checks that it holds what the configuration names (as {@code polar-setup --check}
     * does) and refuses to start with each problem, its variable and its fix, when it does not.
     *
     * @param emulatorData where the emulator keeps its state in demo mode
     */
    PolarConnection(SetupConfig setup, Path emulatorData, Clock clock) {
        this.config = setup.polar();
        this.emulator = config.emulated()
                ? PolarEmulator.start(EmulatorConfig.defaults().withPort(config.emulatorPort())
                        .withDataDirectory(emulatorData)) : null;
        var server = emulator != null ? emulator.baseUrl() : config.server();
        var token = emulator != null ? emulator.accessToken() : config.accessToken();
        this.topUpProductId = emulator != null ? emulator.topUpProductId() : config.topUpProductId().orElseThrow();
        this.client = new PolarClient(PolarClientConfig.of(server, token));
        if (emulator == null) {
            checkSetup(client, setup);
        }
        var publicBaseUrl = setup.publicBaseUrl();
        webhookUrl.set(publicBaseUrl + WebhookHandler.PATH);
        this.provider = PolarPaymentProvider.create(client, topUpProductId, config.webhookSecret().orElseThrow(),
                publicBaseUrl + "/checkout/success?checkout_id={CHECKOUT_ID}", publicBaseUrl + "/checkout/return",
                webhookUrl::get, clock);
    }

    private static void checkSetup(PolarClient client, SetupConfig setup) {
        var report = new PolarSetup(client).check(setup.target());
        if (!report.problems().isEmpty()) {
            throw ConfigException.polarSetup(report.problems());
        }
        report.notes().forEach(note -> LOG.warn("Polar set-up: {}", note));
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
            var secret = config.webhookSecret().orElseThrow();
            client.webhooks().listEndpoints().stream()
                    .filter(endpoint -> endpoint.url().endsWith(WebhookHandler.PATH))
                    .forEach(earlier -> client.webhooks().deleteEndpoint(earlier.id()));
            webhookUrl.set(serverBaseUrl + WebhookHandler.PATH);
            emulator.registerWebhook(URI.create(webhookUrl.get()), secret, derivationOf(secret));
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
