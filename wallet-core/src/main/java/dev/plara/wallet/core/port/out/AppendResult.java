package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.PostedEntry;
import dev.plara.wallet.core.domain.WalletBalance;

/** What {@link LedgerStore#append} did with an entry. */
public sealed interface AppendResult {

    /** The entry is now in the ledger, and its wallet's balance includes it. */
    record Appended(PostedEntry posted) implements AppendResult {
    }

    /** An entry with the same key and the same effect was already there; nothing changed. */
    record AlreadyApplied(PostedEntry existing) implements AppendResult {
    }

    /**
     * Nothing changed because the entry contradicts one already there: the same key with another amount or account,
     * or a bank transaction code that another entry already credited.
     */
    record Conflict(PostedEntry existing, String reason) implements AppendResult {
    }

    /** Nothing changed: the wallet holds less than the debit and overdraft was forbidden. */
    record InsufficientFunds(WalletBalance balance) implements AppendResult {
    }
}
