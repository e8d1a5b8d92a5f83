package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.money.Money;

import java.util.function.Function;

/**
 * Asks the payment provider to refund (part of) an order. The wallet is debited later, when the provider confirms
 * the refund, never here.
 *
 * <p>Contract: a refund of a paid order, up to what is left of it, is {@code Accepted} with the provider's new refund
 * id; a request the provider refuses (an order it never sold or that is not paid, more than is left, an order refunded
 * already) is {@code Refused} in the provider's words. A fault after which the provider may have made the refund
 * anyway (it answered with a server error, or the request went out and no answer came back) is {@code Unconfirmed}:
 * the provider takes no idempotency key, so asking again could refund twice. Faults after which it surely did not act
 * (no connection could be made, a credential it refused) are thrown as {@link PaymentProviderException}, and asking
 * again is safe.
 */
public interface RefundGateway {

    ProviderRefundResult request(String orderId, Money amount, String reason);

    /** The provider's answer to a refund request. */
    sealed interface ProviderRefundResult {

        /** Calls the function for this variant; a new variant fails to compile until every caller handles it. */
        <T> T match(Function<Accepted, T> accepted, Function<Refused, T> refused, Function<Unconfirmed, T> unconfirmed);

        /** Accepted: the refund exists at the provider. */
        record Accepted(String refundId) implements ProviderRefundResult {
            @Override
            public <T> T match(Function<Accepted, T> accepted, Function<Refused, T> refused,
                    Function<Unconfirmed, T> unconfirmed) {
                return accepted.apply(this);
            }
        }

        /** Refused by the provider (already refunded, amount too large, ...), and why. */
        record Refused(String reason) implements ProviderRefundResult {
            @Override
            public <T> T match(Function<Accepted, T> accepted, Function<Refused, T> refused,
                    Function<Unconfirmed, T> unconfirmed) {
                return refused.apply(this);
            }
        }

        /** The request failed in a way that leaves open whether the refund exists at the provider, and how. */
        record Unconfirmed(String fault) implements ProviderRefundResult {
            @Override
            public <T> T match(Function<Accepted, T> accepted, Function<Refused, T> refused,
                    Function<Unconfirmed, T> unconfirmed) {
                return unconfirmed.apply(this);
            }
        }
    }
}
