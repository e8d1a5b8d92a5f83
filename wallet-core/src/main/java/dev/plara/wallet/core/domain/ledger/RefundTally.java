package dev.plara.wallet.core.domain.ledger;

import dev.plara.wallet.core.domain.money.Money;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The refunds taken against one deposit order, in the order they were reserved: each version adds one part, so refunds
 * of one order are measured one after the other however many servers apply them at once.
 *
 * @param version 0 for a tally not stored yet, then one more per part reserved
 * @param savedAt when the last part was reserved; {@code null} exactly for a tally not stored yet
 */
public record RefundTally(String orderId, long version, List<RefundPart> parts, Instant savedAt) {

    public RefundTally {
        Objects.requireNonNull(orderId, "order id");
        if (version < 0) {
            throw new IllegalArgumentException("a tally's version is 0 or more, not " + version);
        }
        if ((version == 0) != (savedAt == null)) {
            throw new IllegalArgumentException("a tally has a time it was saved at exactly when it was saved");
        }
        parts = List.copyOf(parts);
    }

    /** The tally of an order not stored yet, holding the refunds already in the ledger. */
    public static RefundTally unsaved(String orderId, List<RefundPart> inLedger) {
        return new RefundTally(orderId, 0, inLedger, null);
    }

    /** The part reserved for the refund debited under {@code key}, if it was. */
    public Optional<RefundPart> part(IdempotencyKey key) {
        return parts.stream().filter(part -> part.key().equals(key)).findFirst();
    }

    /** What the refunds so far gave back, in the currency of the payment. */
    public Money refunded(Currency currency) {
        return sum(RefundPart::refunded, currency);
    }

    /** What the refunds so far take from the wallet. */
    public Money debited(Currency currency) {
        return sum(RefundPart::debited, currency);
    }

    /** The next version, saved at {@code at}: this one and {@code part}. */
    public RefundTally with(RefundPart part, Instant at) {
        return new RefundTally(orderId, version + 1, Stream.concat(parts.stream(), Stream.of(part)).toList(),
                Objects.requireNonNull(at, "saved at"));
    }

    private Money sum(Function<RefundPart, Money> amount, Currency currency) {
        return parts.stream().map(amount).reduce(Money.zero(currency), Money::plus);
    }
}
