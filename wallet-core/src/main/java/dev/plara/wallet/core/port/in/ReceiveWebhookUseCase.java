package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.webhook.WebhookRequest;

import java.util.function.Function;

/**
 * A provider webhook arrives: it is verified on its raw bytes, applied, then kept in the inbox by its delivery id in
 * one write before it is answered (a failed write is not answered, so the provider redelivers). A redelivery is applied
 * again and has no second effect; a delivery that cannot be applied yet stays in the inbox and is retried, never
 * dropped.
 */
public interface ReceiveWebhookUseCase {

    WebhookResult receive(WebhookRequest request);

    /** What receiving a webhook did; {@code summary} is one line for the log (type, order, amount, outcome). */
    sealed interface WebhookResult {

        /** Calls the function for this variant; a new variant fails to compile until every caller handles it. */
        <T> T match(Function<Rejected, T> rejected, Function<Applied, T> applied, Function<Ignored, T> ignored,
                Function<Duplicate, T> duplicate, Function<Deferred, T> deferred);

        String summary();

        /** Not genuine; nothing was stored. */
        record Rejected(String summary) implements WebhookResult {
            @Override
            public <T> T match(Function<Rejected, T> rejected, Function<Applied, T> applied,
                    Function<Ignored, T> ignored, Function<Duplicate, T> duplicate, Function<Deferred, T> deferred) {
                return rejected.apply(this);
            }
        }

        /** Applied now. */
        record Applied(String deliveryId, String summary) implements WebhookResult {
            @Override
            public <T> T match(Function<Rejected, T> rejected, Function<Applied, T> applied,
                    Function<Ignored, T> ignored, Function<Duplicate, T> duplicate, Function<Deferred, T> deferred) {
                return applied.apply(this);
            }
        }

        /** Stored, but there is nothing for Plara to do. */
        record Ignored(String deliveryId, String summary) implements WebhookResult {
            @Override
            public <T> T match(Function<Rejected, T> rejected, Function<Applied, T> applied,
                    Function<Ignored, T> ignored, Function<Duplicate, T> duplicate, Function<Deferred, T> deferred) {
                return ignored.apply(this);
            }
        }

        /**
         * Seen and finished before: answered with the outcome the inbox kept, which is not rewritten. It was applied
         * again, which does nothing twice but may finish what the first run left (a parked payment now credited).
         */
        record Duplicate(String deliveryId, String summary) implements WebhookResult {
            @Override
            public <T> T match(Function<Rejected, T> rejected, Function<Applied, T> applied,
                    Function<Ignored, T> ignored, Function<Duplicate, T> duplicate, Function<Deferred, T> deferred) {
                return duplicate.apply(this);
            }
        }

        /** Stored but not applied yet (out of order, unreadable, or a failure); the inbox will retry it. */
        record Deferred(String deliveryId, String summary) implements WebhookResult {
            @Override
            public <T> T match(Function<Rejected, T> rejected, Function<Applied, T> applied,
                    Function<Ignored, T> ignored, Function<Duplicate, T> duplicate, Function<Deferred, T> deferred) {
                return deferred.apply(this);
            }
        }
    }
}
