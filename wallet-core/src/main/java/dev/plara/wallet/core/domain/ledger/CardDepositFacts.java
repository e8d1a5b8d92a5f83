package dev.plara.wallet.core.domain.ledger;

import dev.plara.wallet.core.domain.money.Conversion;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.ChargedAmounts;

import java.util.Objects;
import java.util.function.Function;

/**
 * A card payment through Polar credited a wallet.
 *
 * @param customerEmail the customer's email at Polar; {@code null} if unknown
 * @param converted     what was paid before a conversion; {@code null} when none was applied
 * @param assignedBy    the admin who credited the parked payment; {@code null} when the payment itself did
 * @param charged       Polar's net, tax and total of the order; {@code null} on entries made before they were kept
 */
public record CardDepositFacts(String orderId, String customerEmail, ConvertedPayment converted, AdminCredit assignedBy,
                               ChargedAmounts charged) implements EntryFacts {

    public CardDepositFacts {
        Objects.requireNonNull(orderId, "order id");
    }

    public static CardDepositFacts of(String orderId, String customerEmail, Conversion conversion, Money paid) {
        return new CardDepositFacts(orderId, customerEmail, ConvertedPayment.of(conversion, paid), null, null);
    }

    /** The same credit, made by an admin's assignment of the parked payment. */
    public CardDepositFacts assignedBy(AdminCredit admin) {
        return new CardDepositFacts(orderId, customerEmail, converted, admin, charged);
    }

    @Override
    public <T> T match(Function<CardDepositFacts, T> card, Function<BankDepositFacts, T> bank,
                       Function<PurchaseFacts, T> purchase, Function<RefundFacts, T> refund) {
        return card.apply(this);
    }

    @Override
    public String reference() {
        return orderId;
    }

    @Override
    public String description() {
        return assignedBy == null ? null : assignedBy.note();
    }
}
