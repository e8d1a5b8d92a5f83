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
 * {@link ProviderRefundResult.Refused} in an operator's words with the amount in major units, a failure after which the refund may exist (a 5xx, a timeout) as
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
                return new ProviderRefundResult.Refused("Polar refused to refund " + amount + " of order " + orderId
                        + ": " + why(e));
            }
            if (e.mayHaveTakenEffect()) {
                return new ProviderRefundResult.Unconfirmed(e.getMessage());
            }
            throw ProviderCalls.fault("refund order " + orderId, e);
        }
    }

    /** Why Polar refused, in an operator's words and without Polar's raw minor units where Plara knows the reason. */
    private static String why(PolarApiException e) {
        if (e.status() == 403) {
            return "it is refunded in full already.";
        }
        if (e.status() == 404 || e.validationErrors().stream().anyMatch(error -> error.loc().contains("order_id"))) {
            return "Polar has no paid order with this id.";
        }
        if (e.validationErrors().stream().anyMatch(error -> error.loc().contains("amount"))) {
            return "that is more than is left to refund of it.";
        }
        return e.detail() + " (" + e.errorType() + ").";
    }

    /** A refusal of this refund, as opposed to a fault of the setup (bad token, missing scope) or of Polar. */
    private static boolean isRefusal(PolarApiException e) {
        return e.status() == 400 || e.status() == 404 || e.status() == 422
                || (e.status() == 403 && "RefundedAlready".equals(e.errorType()));
    }
}
