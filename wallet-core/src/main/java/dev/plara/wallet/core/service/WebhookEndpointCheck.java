package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.reconciliation.Finding;
import dev.plara.wallet.core.domain.reconciliation.FindingKind;
import dev.plara.wallet.core.port.out.PaymentProviderException;
import dev.plara.wallet.core.port.out.WebhookDeliveries;
import dev.plara.wallet.core.port.out.WebhookDeliveries.EndpointStatus;

import java.time.Instant;

/**
 * Checks that the provider still sends webhooks to Plara (a finding when its endpoint is disabled or gone) and, while it
 * does, asks it to send again the events whose every attempt failed since the run's window began.
 */
final class WebhookEndpointCheck {

    private final WebhookDeliveries deliveries;

    WebhookEndpointCheck(WebhookDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    void check(Instant since, ReconciliationRun run) {
        try {
            var endpoint = deliveries.endpoint();
            if (endpoint.status() == EndpointStatus.ENABLED) {
                run.redelivered = deliveries.redeliverFailed(since);
                return;
            }
            run.findings.add(Finding.aboutNoOrder(FindingKind.WEBHOOK_ENDPOINT_DISABLED, endpoint.status()
                    == EndpointStatus.DISABLED
                    ? "Polar has disabled the webhook endpoint at " + endpoint.address() + " (id "
                    + endpoint.endpointId() + "; it does that after the"
                    + " endpoint's 10 most recent events all failed): no webhook reaches Plara, and payments are"
                    + " applied only when reconciliation runs. Fix what made the deliveries fail, then enable the"
                    + " endpoint again in Polar's webhook settings or run `java -jar plara.jar polar-setup`."
                    : "Polar has no webhook endpoint sending to " + endpoint.address() + ": no webhook reaches Plara,"
                    + " and payments are applied only when reconciliation runs. Run `java -jar plara.jar polar-setup`"
                    + " to make it."));
        } catch (PaymentProviderException unreachable) {
            run.findings.add(Finding.aboutNoOrder(FindingKind.WEBHOOK_ENDPOINT_DISABLED, "Plara could not check"
                    + " Polar's webhook endpoint: " + OperatorText.reasonOf(unreachable) + "."));
        }
    }
}
