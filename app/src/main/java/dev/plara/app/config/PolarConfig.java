package dev.plara.app.config;

import java.util.Optional;

/**
 * How Plara reaches Polar. Without {@code POLAR_ACCESS_TOKEN} it runs the local emulator (demo mode); with it,
 * {@code POLAR_SERVER} ({@code sandbox}, the default, {@code production} or a URL), {@code POLAR_WEBHOOK_SECRET} and
 * {@code PLARA_TOPUP_PRODUCT_ID} are required. The emulator listens on {@code PLARA_EMULATOR_PORT} (any free port).
 *
 * @param topUpProductId empty in demo mode, where the emulator names it
 */
public record PolarConfig(boolean emulated, String server, String accessToken, String webhookSecret,
                   Optional<String> organizationId, Optional<String> topUpProductId, int emulatorPort) {

    static PolarConfig from(Env env, SecretSource secrets) {
        var token = env.optional("POLAR_ACCESS_TOKEN");
        if (token.isEmpty()) {
            var secret = env.optional("POLAR_WEBHOOK_SECRET").orElseGet(secrets::webhookSecret);
            return new PolarConfig(true, "emulator", "", secret, Optional.empty(), Optional.empty(),
                    env.port("PLARA_EMULATOR_PORT", 0));
        }
        var server = env.optional("POLAR_SERVER").orElse("sandbox");
        if (!server.equals("sandbox") && !server.equals("production")) {
            env.url("POLAR_SERVER", null);
        }
        var secret = env.required("POLAR_WEBHOOK_SECRET", "with POLAR_ACCESS_TOKEN (the endpoint's signing secret)");
        var topUp = env.required("PLARA_TOPUP_PRODUCT_ID", "with POLAR_ACCESS_TOKEN (the custom-price top-up product)");
        return new PolarConfig(false, server, token.get(), secret, env.optional("POLAR_ORGANIZATION_ID"),
                Optional.of(topUp), 0);
    }

    /** Never prints the token or the secret. */
    @Override
    public String toString() {
        return emulated ? "the local Polar emulator" : "Polar " + server;
    }
}
