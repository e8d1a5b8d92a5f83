package dev.plara.polar;

import dev.plara.polar.webhook.ParseResult;
import dev.plara.polar.webhook.PolarEventParser;
import dev.plara.polar.webhook.PolarEventTranslator;
import dev.plara.polar.webhook.SignatureCheck;
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
        var check = verifier.verify(WebhookHeaders.from(request::header), request.body());
        if (!(check instanceof SignatureCheck.Valid valid)) {
            return new PaymentWebhooks.VerificationResult.Rejected(describe(check));
        }
        return new PaymentWebhooks.VerificationResult.Verified(valid.webhookId(),
                parser.typeOf(request.body()).orElse("unreadable"), new String(request.body(), StandardCharsets.UTF_8));
    }

    @Override
    public PaymentEvent decode(String type, String payload) {
        var parsed = parser.parse(payload.getBytes(StandardCharsets.UTF_8));
        if (parsed instanceof ParseResult.Malformed malformed) {
            return new PaymentEvent.Malformed(malformed.problem());
        }
        return translator.translate(((ParseResult.Parsed) parsed).event());
    }

    private static String describe(SignatureCheck failure) {
        if (failure instanceof SignatureCheck.BadSignature bad) {
            return "bad signature: " + bad.reason();
        }
        if (failure instanceof SignatureCheck.TimestampOutOfTolerance stale) {
            return "timestamp " + stale.timestamp() + " is more than 5 minutes from now (" + stale.now() + ")";
        }
        return "missing or unreadable headers: " + ((SignatureCheck.MissingHeaders) failure).problem();
    }
}
