package dev.plara.polar;

import dev.plara.polar.webhook.PolarEventParser;
import dev.plara.polar.webhook.PolarEventTranslator;
import dev.plara.polar.webhook.WebhookHeaders;
import dev.plara.polar.webhook.WebhookVerifier;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.domain.webhook.WebhookRequest;
import dev.plara.wallet.core.port.out.PaymentWebhooks;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** Polar's webhooks for the core: Standard Webhooks verification of the raw bytes, then Polar's events decoded. */
public final class PolarPaymentWebhooks implements PaymentWebhooks {

    private final WebhookVerifier verifier;
    private final PolarEventParser parser = new PolarEventParser();
    private final PolarEventTranslator translator;

    public PolarPaymentWebhooks(WebhookVerifier verifier, PolarEventTranslator translator) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.translator = Objects.requireNonNull(translator, "translator");
    }

    @Override
    public PaymentWebhooks.VerificationResult verify(WebhookRequest request) {
        return verifier.verify(WebhookHeaders.from(request::header), request.body()).match(
                valid -> new PaymentWebhooks.VerificationResult.Verified(valid.webhookId(),
                        parser.typeOf(request.body()).orElse("unreadable"),
                        new String(request.body(), StandardCharsets.UTF_8)),
                bad -> rejected("bad signature: " + bad.reason()),
                stale -> rejected("timestamp " + stale.timestamp() + " is more than 5 minutes from now (" + stale.now()
                        + ")"),
                missing -> rejected("missing or unreadable headers: " + missing.problem()));
    }

    @Override
    public PaymentEvent decode(String type, String payload) {
        return parser.parse(payload.getBytes(StandardCharsets.UTF_8)).match(
                parsed -> translator.translate(parsed.event()),
                malformed -> new PaymentEvent.Malformed(malformed.problem()));
    }

    private static PaymentWebhooks.VerificationResult rejected(String reason) {
        return new PaymentWebhooks.VerificationResult.Rejected(reason);
    }
}
