package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.port.out.PaymentWebhooks.WebhookRequest;

/**
 * A provider webhook arrives: it is verified on its raw bytes, stored in the inbox by its delivery id before anything
 * acts on it, then applied. A redelivery has no second effect; a delivery that cannot be applied yet stays in the
 * inbox and is retried, never dropped.
 */
public interface ReceiveWebhookUseCase {

    WebhookReceipt receive(WebhookRequest request);

    /** What receiving a webhook did; {@code summary} is one line for the log (type, order, amount, outcome). */
    sealed interface WebhookReceipt {

        String summary();

        /** Not genuine; nothing was stored. */
        record Rejected(String summary) implements WebhookReceipt {
        }

        /** Applied now. */
        record Applied(String deliveryId, String summary) implements WebhookReceipt {
        }

        /** Stored, but there is nothing for Plara to do. */
        record Ignored(String deliveryId, String summary) implements WebhookReceipt {
        }

        /** Seen and finished before; nothing changed. */
        record Duplicate(String deliveryId, String summary) implements WebhookReceipt {
        }

        /** Stored but not applied yet (out of order, unreadable, or a failure); the inbox will retry it. */
        record Deferred(String deliveryId, String summary) implements WebhookReceipt {
        }
    }
}
