package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.ledger.ConvertedPayment;
import dev.plara.wallet.core.domain.ledger.LedgerEntry;
import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.money.Conversion;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.ChargedAmounts;
import dev.plara.wallet.core.domain.payment.CompletedRefund;

import java.util.Optional;

/**
 * How much of a card credit a refund takes back. Refunds are measured as the credit was (its amount and tax when the
 * price held the tax, else its amount), converted at the credit's rate on their running total, so partial refunds
 * together take back exactly what the payment put in.
 */
final class RefundAmounts {

    private RefundAmounts() {
    }

    /** The conversion the credit was made at, so a refund takes back exactly what the payment put in. */
    static Conversion conversionOf(LedgerEntry credit) {
        var walletCurrency = credit.amount().currency();
        return credit.facts().paidBeforeConversion().map(paid -> paid.conversionTo(walletCurrency))
                .orElse(Conversion.identity(walletCurrency));
    }

    /** What of {@code refund} counts against {@code credit}: with its tax when the credit held the tax. */
    static Money measured(LedgerEntry credit, CompletedRefund refund) {
        return creditHeldTax(credit) ? refund.withTax() : refund.amount();
    }

    /** The tax the refund gave back when it leaves the wallet with the amount; {@code null} when it does not. */
    static Money taxReturned(LedgerEntry credit, CompletedRefund refund) {
        return creditHeldTax(credit) && refund.tax().isPositive() ? refund.tax() : null;
    }

    /**
     * What the refund of {@code refunded} takes from the wallet after earlier refunds gave back {@code refundedBefore}
     * and took {@code debitedBefore}: all refunds so far converted together, less what the earlier ones took; once they
     * reach what was paid, exactly what is left.
     */
    static Money debit(LedgerEntry credit, Money refundedBefore, Money debitedBefore, Money refunded) {
        var total = refundedBefore.plus(refunded);
        var owed = total.isLessThan(paid(credit)) ? conversionOf(credit).apply(total) : credit.amount();
        return owed.minus(debitedBefore);
    }

    /**
     * What a card credit or a refund debit counts for, net of tax as the provider counts refunds: a credit, Polar's net
     * of the order when the entry keeps it, else what was paid; a refund, what it gave back less the tax it returned.
     */
    static Money refundable(PostedEntry posted) {
        var paid = paid(posted);
        return posted.entry().facts().match(card -> Optional.ofNullable(card.charged()).map(ChargedAmounts::net)
                        .orElse(paid), bank -> paid, purchase -> paid,
                refund -> refund.taxReturned() == null ? paid : paid.minus(refund.taxReturned()));
    }

    /** What an entry moved in the currency of the payment: before its conversion, if it had one. */
    static Money paid(PostedEntry entry) {
        return paid(entry.entry());
    }

    static Money paid(LedgerEntry entry) {
        return entry.facts().paidBeforeConversion().map(ConvertedPayment::paid).orElse(entry.amount());
    }

    /**
     * Whether the credit was the price with the tax inside it: the buyer chose what the card paid, so a refund gives
     * back its amount and its tax, and both leave the wallet.
     */
    private static boolean creditHeldTax(LedgerEntry credit) {
        return chargedAmounts(credit).filter(charged -> charged.taxInside(paid(credit))).isPresent();
    }

    private static Optional<ChargedAmounts> chargedAmounts(LedgerEntry credit) {
        return credit.facts().match(card -> Optional.ofNullable(card.charged()), bank -> Optional.empty(),
                purchase -> Optional.empty(), refund -> Optional.empty());
    }
}
