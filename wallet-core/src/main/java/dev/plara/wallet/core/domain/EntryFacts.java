package dev.plara.wallet.core.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The facts a ledger entry keeps about its cause, as the seed ledger did. Every field but {@code source} is
 * {@code null} where it does not apply: a bank deposit has no Polar order, a purchase has no sender.
 *
 * @param paidAmount what the customer paid before a conversion; {@code null} when no conversion was applied
 * @param rate       the conversion rate applied, as a decimal string; {@code null} when none was
 */
public record EntryFacts(
        EntrySource source,
        String orderId,
        String customerEmail,
        String bankTransactionCode,
        String senderName,
        String phone,
        ReceiptRef receipt,
        DepositId depositId,
        ItemId itemId,
        String processedBy,
        Instant processedAt,
        String notes,
        Money paidAmount,
        String rate) {

    public EntryFacts {
        Objects.requireNonNull(source, "source");
        if ((paidAmount == null) != (rate == null)) {
            throw new IllegalArgumentException("a conversion records both the amount paid and the rate");
        }
    }

    public static EntryFacts polarOrder(String orderId, String customerEmail, Conversion conversion, Money paid) {
        boolean converted = !conversion.isIdentity();
        return new EntryFacts(EntrySource.POLAR, orderId, customerEmail, null, null, null, null, null, null,
                null, null, null, converted ? paid : null, converted ? conversion.rate().toPlainString() : null);
    }

    public static EntryFacts polarRefund(String orderId, String notes, Conversion conversion, Money refunded) {
        boolean converted = !conversion.isIdentity();
        return new EntryFacts(EntrySource.POLAR, orderId, null, null, null, null, null, null, null,
                null, null, notes, converted ? refunded : null, converted ? conversion.rate().toPlainString() : null);
    }

    public static EntryFacts bankDeposit(BankDeposit deposit, String reviewer, Instant reviewedAt) {
        return new EntryFacts(EntrySource.BANK, null, null, deposit.transactionCode(), deposit.senderName(),
                deposit.phone(), deposit.receipt(), deposit.id(), null, reviewer, reviewedAt, null, null, null);
    }

    public static EntryFacts purchase(ItemId item, String title) {
        return new EntryFacts(EntrySource.WALLET, null, null, null, null, null, null, null, item,
                null, null, title, null, null);
    }

    /** The same facts with a note added, for an admin who assigns a parked payment to a user. */
    public EntryFacts processed(String by, Instant at, String note) {
        return new EntryFacts(source, orderId, customerEmail, bankTransactionCode, senderName, phone, receipt,
                depositId, itemId, by, at, note, paidAmount, rate);
    }
}
