package dev.plara.polar.setup;

import dev.plara.polar.client.PolarClient;

/**
 * Checks, and on request makes, what Plara needs in its Polar organization: a token that reaches the organization,
 * the top-up product and the webhook endpoint. Making is idempotent: a second run finds everything right and changes
 * nothing.
 */
public final class PolarSetup {

    private final OrganizationStep organization;
    private final TopUpProductStep topUp;
    private final WebhookEndpointStep webhooks;

    public PolarSetup(PolarClient client) {
        this.organization = new OrganizationStep(client);
        this.topUp = new TopUpProductStep(client);
        this.webhooks = new WebhookEndpointStep(client);
    }

    /** What does not fit {@code target}, each problem naming its variable and fix; changes nothing at Polar. */
    public SetupReport check(SetupTarget target) {
        return run(target, false);
    }

    /** Makes the product and endpoint {@code target} needs, or sets them right, and reports what is left. */
    public SetupReport apply(SetupTarget target) {
        return run(target, true);
    }

    private SetupReport run(SetupTarget target, boolean fix) {
        var log = new SetupLog();
        if (organization.check(target, log)) {
            topUp.run(target, fix, log);
            webhooks.run(target, fix, log);
        }
        return log.report();
    }
}
