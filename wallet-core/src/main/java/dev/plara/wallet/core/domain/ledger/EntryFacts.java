package dev.plara.wallet.core.domain.ledger;

import java.util.Optional;
import java.util.function.Function;

/**
 * What a ledger entry keeps about its cause, one record per kind of entry: a card deposit's Polar order, a bank
 * deposit's transfer and review, the item a purchase bought, the order a refund took money back for.
 */
public sealed interface EntryFacts permits CardDepositFacts, BankDepositFacts, PurchaseFacts, RefundFacts {

    /** Calls the function for this kind of facts; a new kind fails to compile until every caller handles it. */
    <T> T match(Function<CardDepositFacts, T> card, Function<BankDepositFacts, T> bank,
                Function<PurchaseFacts, T> purchase, Function<RefundFacts, T> refund);

    /** Why the money moved. */
    default EntryKind kind() {
        return match(card -> EntryKind.CARD_DEPOSIT, bank -> EntryKind.BANK_DEPOSIT, purchase -> EntryKind.PURCHASE,
                refund -> EntryKind.REFUND);
    }

    /** Where the money came from or went to. */
    default EntrySource source() {
        return match(card -> EntrySource.POLAR, bank -> EntrySource.BANK, purchase -> EntrySource.WALLET,
                refund -> EntrySource.POLAR);
    }

    /** What caused the entry, as a wallet's history shows it: the Polar order, the bank transaction code or the item. */
    String reference();

    /** A note about the entry for its owner (an item's title, an admin's note), or {@code null}. */
    String description();

    /** The bank transaction code this entry credits; the ledger credits each code once. */
    default Optional<String> bankTransactionCode() {
        return match(card -> Optional.empty(), bank -> Optional.of(bank.transactionCode()),
                purchase -> Optional.empty(), refund -> Optional.empty());
    }

    /** What the customer paid before a conversion, for the Polar entries that were converted. */
    default Optional<ConvertedPayment> paidBeforeConversion() {
        return match(card -> Optional.ofNullable(card.converted()), bank -> Optional.empty(),
                purchase -> Optional.empty(), refund -> Optional.ofNullable(refund.converted()));
    }
}
