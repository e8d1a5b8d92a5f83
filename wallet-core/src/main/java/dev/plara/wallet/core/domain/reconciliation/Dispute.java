package dev.plara.wallet.core.domain.reconciliation;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.CompletedRefund;

import java.time.Instant;
import java.util.Objects;

/**
 * A dispute (chargeback) of a paid order, as the provider reports it.
 *
 * @param amount        the disputed amount, net of tax
 * @param tax           the tax disputed with it
 * @param evidenceDueBy when the evidence against it is due, {@code null} when none is asked
 * @param modifiedAt    when its status last changed (its creation when never)
 */
public record Dispute(String disputeId, String orderId, DisputeStatus status, Money amount, Money tax,
                      Instant evidenceDueBy, Instant modifiedAt) {

    private static final String REFUND_ID_PREFIX = "dispute_";

    public Dispute {
        Objects.requireNonNull(disputeId, "dispute id");
        Objects.requireNonNull(orderId, "order id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(tax, "tax");
        Objects.requireNonNull(modifiedAt, "modified at");
    }

    /**
     * A lost dispute takes the money back as a refund of its amount and tax does: the refund id is derived from the
     * dispute's id (provider refund ids never start with {@code dispute_}), so it is applied once.
     */
    public CompletedRefund asRefund() {
        if (status != DisputeStatus.LOST) {
            throw new IllegalStateException("only a lost dispute takes money back, not one " + status);
        }
        return new CompletedRefund(REFUND_ID_PREFIX + disputeId, orderId, amount, tax, modifiedAt);
    }
}
