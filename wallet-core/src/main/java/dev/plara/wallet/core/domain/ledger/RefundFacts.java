package dev.plara.wallet.core.domain.ledger;

import dev.plara.wallet.core.domain.money.Conversion;
import dev.plara.wallet.core.domain.money.Money;

import java.util.Objects;
import java.util.function.Function;

/**
 * A Polar refund took money back out of a wallet.
 *
 * @param converted   what was refunded before a conversion; {@code null} when none was applied
 * @param taxReturned the tax the refund gave back, in the currency paid, when the debit took it too (the deposit's
 *                    price held its tax); {@code null} otherwise
 */
public record RefundFacts(String orderId, String description, ConvertedPayment converted, Money taxReturned)
        implements EntryFacts {

    public RefundFacts {
        Objects.requireNonNull(orderId, "order id");
    }

    public static RefundFacts of(String orderId, String description, Conversion conversion, Money refunded,
                                 Money taxReturned) {
        return new RefundFacts(orderId, description, ConvertedPayment.of(conversion, refunded), taxReturned);
    }

    @Override
    public <T> T match(Function<CardDepositFacts, T> card, Function<BankDepositFacts, T> bank,
                       Function<PurchaseFacts, T> purchase, Function<RefundFacts, T> refund) {
        return refund.apply(this);
    }

    @Override
    public String reference() {
        return orderId;
    }
}
