package dev.plara.wallet.core.port.out;

import java.time.Instant;

/**
 * The provider's side of webhook delivery to Plara: whether the endpoint that sends to Plara is there and enabled, and
 * the events it gave up sending.
 *
 * <p>Contract: {@link #endpoint} finds the endpoint by Plara's own webhook address and says whether the provider sends
 * to it; {@link #redeliverFailed} asks the provider to send again, once each, the events for Plara's endpoint created
 * at or after {@code since} whose every attempt failed (their retries ran out), and answers how many it asked for; a
 * redelivered event carries its original id, so Plara's inbox applies it at most once. Faults are thrown as
 * {@link PaymentProviderException}.
 */
public interface WebhookDeliveries {

    EndpointCheck endpoint();

    int redeliverFailed(Instant since);

    /** Whether the provider sends webhooks to Plara, and where it was looked for. */
    record EndpointCheck(EndpointStatus status, String address, String endpointId) {
    }

    /** Whether the provider sends webhooks to Plara's address. */
    enum EndpointStatus {
        ENABLED,
        /** The provider disabled it (after its recent events all failed) or an operator did. */
        DISABLED,
        /** No endpoint sends to Plara's address. */
        MISSING
    }
}
