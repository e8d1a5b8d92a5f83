package dev.plara.app.config;

import java.util.Optional;

/**
 * How Plara reaches Polar. Without {@code POLAR_ACCESS_TOKEN} it runs the local emulator (demo mode); with it,
 * {@code POLAR_SERVER} ({@code sandbox}, the default, {@code production} or a URL), {@code POLAR_WEBHOOK_SECRET} and
 * {@code PLARA_TOPUP_PRODUCT_ID} are required by the server ({@code polar-setup} makes them when missing), and
 * {@code POLAR_ORGANIZATION_ID} names the organization the token must belong to. The emulator listens on
 * {@code PLARA_EMULATOR_PORT} (any free port).
 *
 * @param webhookSecret  empty only for {@code polar-setup}, which can make the endpoint and its secret
 * @param topUpProductId empty in demo mode, where the emulator names it, and for {@code polar-setup}
 */
public record PolarConfig(boolean emulated, String server, String accessToken, Optional<String> webhookSecret,
                   Optional<String> organizationId, Optional<String> topUpProductId, int emulatorPort) {

    static PolarConfig from(Env env, SecretSource secrets) {
        var token = env.optional("POLAR_ACCESS_TOKEN");
        if (token.isEmpty()) {
            var secret = env.optional("POLAR_WEBHOOK_SECRET").orElseGet(secrets::webhookSecret);
            return new PolarConfig(true, "emulator", "", Optional.of(secret), Optional.empty(), Optional.empty(),
                    env.port("PLARA_EMULATOR_PORT", 0));
        }
        env.required("POLAR_WEBHOOK_SECRET", "with POLAR_ACCESS_TOKEN (the endpoint's signing secret; "
                + "`java -jar plara.jar polar-setup` makes the endpoint and prints it)");
        env.required("PLARA_TOPUP_PRODUCT_ID", "with POLAR_ACCESS_TOKEN (the custom-price top-up product; "
                + "`java -jar plara.jar polar-setup` makes it and prints its id)");
        return forSetup(env);
    }

    /** Polar as {@code polar-setup} reads it: the token is required, the secret and product id are not. */
    static PolarConfig forSetup(Env env) {
        var token = env.required("POLAR_ACCESS_TOKEN", "for polar-setup (an organization access token of Polar)");
        var server = env.optional("POLAR_SERVER").orElse("sandbox");
        if (!server.equals("sandbox") && !server.equals("production")) {
            env.url("POLAR_SERVER", null);
        }
        return new PolarConfig(false, server, token, env.optional("POLAR_WEBHOOK_SECRET"),
                env.optional("POLAR_ORGANIZATION_ID"), env.optional("PLARA_TOPUP_PRODUCT_ID"), 0);
    }

    /** Never prints the token or the secret. */
    @Override
    public String toString() {
        return emulated ? "the local Polar emulator" : "Polar " + server;
    }
}
