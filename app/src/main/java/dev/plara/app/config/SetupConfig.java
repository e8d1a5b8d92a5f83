package dev.plara.app.config;

import dev.plara.http.api.WebhookHandler;
import dev.plara.polar.model.PolarMoney;
import dev.plara.polar.setup.SetupTarget;
import dev.plara.wallet.core.domain.deposit.CardDepositRules;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * What Polar must hold for Plara, from the environment: how to reach it ({@link PolarConfig}), where it delivers
 * webhooks ({@code PUBLIC_BASE_URL}) and the card deposit amounts the top-up product's price must allow. Read by
 * {@code polar-setup}, and built from the server's own configuration for its start-up check.
 */
public record SetupConfig(PolarConfig polar, URI publicBaseUrl, CardDepositRules cardDeposits) {

    /** For {@code polar-setup}: no sign-in keys or store settings are needed. */
    public static SetupConfig from(Map<String, String> processEnvironment, Path workingDirectory) {
        var env = Env.load(processEnvironment, workingDirectory.resolve(".env"));
        var polar = PolarConfig.forSetup(env);
        return new SetupConfig(polar, ServerConfig.publicBaseUrl(env, env.port("PORT", 8080)),
                WalletRulesConfig.from(env).cardDeposits());
    }

    /** What Plara needs of its Polar organization under this configuration. */
    public SetupTarget target() {
        return SetupTarget.forPlara(polar.organizationId(), PolarMoney.currencyOf(cardDeposits.smallestAmount()),
                cardDeposits.smallestAmount().minor(), cardDeposits.largestAmount().minor(), polar.topUpProductId(),
                publicBaseUrl + WebhookHandler.PATH, polar.webhookSecret());
    }
}
