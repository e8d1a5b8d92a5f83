package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.domain.webhook.WebhookRequest;

import java.util.function.Function;

/**
 * The payment provider's webhooks: proves a delivery came from the provider, and decodes it.
 *
 * <p>Contract: {@link #verify} judges the raw bytes exactly as received (never a re-serialised body): a delivery is
 * {@code Verified}, with its delivery id, event type and payload, only if its signature covers that body and that id
 * and its timestamp is within five minutes of the clock. It never throws for bad input: a tampered, stale or headerless
 * delivery is a {@code Rejected} that says why. {@link #decode} turns a verified payload into the typed event and never
 * throws either: what it cannot read is {@code Malformed}, what asks nothing of Plara is {@code Ignored}.
 */
public interface PaymentWebhooks {

    VerificationResult verify(WebhookRequest request);

    PaymentEvent decode(String type, String payload);

    /** Whether a delivery is genuine. */
    sealed interface VerificationResult {

        /** Calls the function for this variant; a new variant fails to compile until every caller handles it. */
        <T> T match(Function<Verified, T> verified, Function<Rejected, T> rejected);

        /** Genuine: its stable delivery id, its event type and its payload as text. */
        record Verified(String deliveryId, String type, String payload) implements VerificationResult {
            @Override
            public <T> T match(Function<Verified, T> verified, Function<Rejected, T> rejected) {
                return verified.apply(this);
            }
        }

        /** Not genuine or not checkable, and why (bad signature, stale timestamp, missing headers, ...). */
        record Rejected(String reason) implements VerificationResult {
            @Override
            public <T> T match(Function<Verified, T> verified, Function<Rejected, T> rejected) {
                return rejected.apply(this);
            }
        }
    }
}
