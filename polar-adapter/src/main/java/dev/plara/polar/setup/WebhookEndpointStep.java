package dev.plara.polar.setup;

import dev.plara.polar.client.PolarApiException;
import dev.plara.polar.client.PolarClient;
import dev.plara.polar.client.WebhookEndpointCreate;
import dev.plara.polar.client.WebhookEndpointUpdate;
import dev.plara.polar.model.PolarWebhookEndpoint;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The webhook endpoint at {@code PUBLIC_BASE_URL/api/webhooks/polar}: raw, enabled, sending exactly the events Plara
 * reads, and signed with {@code POLAR_WEBHOOK_SECRET}.
 */
final class WebhookEndpointStep {

    private static final String FIX = "run `java -jar plara.jar polar-setup`, which makes the endpoint or sets its "
            + "events, and set POLAR_WEBHOOK_SECRET to the secret it prints for a new endpoint";

    private final PolarClient client;

    WebhookEndpointStep(PolarClient client) {
        this.client = client;
    }

    void run(SetupTarget target, boolean fix, SetupLog log) {
        try {
            var endpoints = client.webhooks().listEndpoints();
            var found = endpoints.stream().filter(endpoint -> endpoint.url().equals(target.webhookUrl()))
                    .filter(endpoint -> target.webhookSecret().map(endpoint.secret()::equals).orElse(true))
                    .findFirst().or(() -> endpoints.stream()
                            .filter(endpoint -> endpoint.url().equals(target.webhookUrl())).findFirst());
            if (found.isEmpty() && fix) {
                create(target, log);
            } else if (found.isEmpty()) {
                log.problem("PUBLIC_BASE_URL", "Polar has no webhook endpoint at " + target.webhookUrl()
                        + elsewhere(endpoints), FIX + " (or set PUBLIC_BASE_URL to where Polar's endpoint points)");
            } else {
                judge(found.get(), target, fix, log);
            }
        } catch (PolarApiException e) {
            log.callFailed((fix ? "read and write" : "read") + " the webhook endpoints", "webhooks:write", e);
        }
    }

    private void create(SetupTarget target, SetupLog log) {
        var made = client.webhooks().createEndpoint(WebhookEndpointCreate.raw(target.webhookUrl(), target.events()));
        log.changed("made the webhook endpoint " + made.id() + " at " + made.url() + " for the "
                + target.events().size() + " events Plara reads");
        log.newWebhookSecret(made.secret());
    }

    private void judge(PolarWebhookEndpoint endpoint, SetupTarget target, boolean fix, SetupLog log) {
        var missing = missing(target.events(), endpoint.events());
        var extra = missing(endpoint.events(), target.events());
        boolean right = missing.isEmpty() && extra.isEmpty() && endpoint.enabled() && "raw".equals(endpoint.format());
        if (fix && !right) {
            client.webhooks().updateEndpoint(endpoint.id(), new WebhookEndpointUpdate(null, "raw", target.events(),
                    true, null));
            log.changed("set the webhook endpoint " + endpoint.id() + " at " + endpoint.url()
                    + " to send, enabled and raw, exactly the " + target.events().size() + " events Plara reads");
        } else if (!fix) {
            report(endpoint, missing, extra, log);
        }
        secret(endpoint, target, fix, log);
    }

    private static void report(PolarWebhookEndpoint endpoint, List<String> missing, List<String> extra,
                               SetupLog log) {
        var at = "the webhook endpoint at " + endpoint.url();
        if (!missing.isEmpty() || !"raw".equals(endpoint.format())) {
            log.problem("PUBLIC_BASE_URL", at + (missing.isEmpty() ? "" : " does not send " + missing)
                    + ("raw".equals(endpoint.format()) ? "" : " sends the " + endpoint.format() + " format"), FIX);
        }
        if (!endpoint.enabled()) {
            log.note(at + " is disabled (Polar disables one whose 10 most recent events failed): reconciliation "
                    + "credits what it misses; polar-setup enables it");
        }
        if (!extra.isEmpty()) {
            log.note(at + " also sends " + extra + ", which Plara acknowledges and leaves alone");
        }
    }

    private static void secret(PolarWebhookEndpoint endpoint, SetupTarget target, boolean fix, SetupLog log) {
        var where = "the webhook endpoint at " + endpoint.url();
        var fixIt = "copy the secret of " + where + " from Polar's webhook settings into POLAR_WEBHOOK_SECRET";
        if (target.webhookSecret().filter(secret -> !secret.equals(endpoint.secret())).isPresent()) {
            log.problem("POLAR_WEBHOOK_SECRET", "it is not the signing secret of " + where, fixIt);
        } else if (target.webhookSecret().isEmpty() && fix) {
            log.note("POLAR_WEBHOOK_SECRET: " + fixIt + " (it is shown only when an endpoint is made)");
        } else if (target.webhookSecret().isEmpty()) {
            log.problem("POLAR_WEBHOOK_SECRET", "it is not set", fixIt);
        }
    }

    private static List<String> missing(List<String> wanted, List<String> present) {
        var have = new HashSet<>(present);
        return wanted.stream().filter(type -> !have.contains(type)).toList();
    }

    private static String elsewhere(List<PolarWebhookEndpoint> endpoints) {
        return endpoints.isEmpty() ? "" : " (its endpoints are at " + endpoints.stream()
                .map(PolarWebhookEndpoint::url).collect(Collectors.joining(", ")) + ")";
    }
}
