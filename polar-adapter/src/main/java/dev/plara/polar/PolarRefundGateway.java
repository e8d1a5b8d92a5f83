package dev.plara.polar;

import dev.plara.polar.client.PolarApiException;
import dev.plara.polar.client.PolarClient;
import dev.plara.polar.client.RefundCreate;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.port.out.RefundGateway.ProviderRefundResult;
import dev.plara.wallet.core.port.out.RefundGateway;

import java.util.Objects;
import java.util.Set;

/**
 * Asks Polar for refunds. Polar's refusals (already refunded, unknown order, amount too high) come back as
 * {@link ProviderRefundResult.Refused}, a failure after which the refund may exist (a 5xx, a timeout) as
 * {@link ProviderRefundResult.Unconfirmed}; a free-text reason is sent as {@code other} with the text as the comment.
 */
public final class PolarRefundGateway implements RefundGateway {

    private static final Set<String> POLAR_REASONS = Set.of("duplicate", "fraudulent", "customer_request",
            "service_disruption", "satisfaction_guarantee", "other");

    private final PolarClient client;

    public PolarRefundGateway(PolarClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public ProviderRefundResult request(String orderId, Money amount, String reason) {
        boolean known = POLAR_REASONS.contains(reason);
        RefundCreate body = new RefundCreate(orderId, known ? reason : "other", amount.minor(), known ? null : reason);
        try {
            return new ProviderRefundResult.Accepted(client.createRefund(body).id());
        } catch (PolarApiException e) {
            if (isRefusal(e)) {
                return new ProviderRefundResult.Refused(e.errorType() + ": " + e.detail());
            }
            if (e.mayHaveTakenEffect()) {
                return new ProviderRefundResult.Unconfirmed(e.getMessage());
            }
            throw ProviderCalls.fault("refund order " + orderId, e);
        }
    }

    /** A refusal of this refund, as opposed to a fault of the setup (bad token, missing scope) or of Polar. */
    private static boolean isRefusal(PolarApiException e) {
        return e.status() == 400 || e.status() == 404 || e.status() == 422
                || (e.status() == 403 && "RefundedAlready".equals(e.errorType()));
    }
}
