package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.ledger.WalletBalance;

import java.util.Optional;
import java.util.function.Function;

/** What {@link LedgerStore#append} did with an entry. */
public sealed interface AppendResult {

    /** Calls the function for this outcome; a new outcome fails to compile until every caller handles it. */
    <T> T match(Function<Appended, T> appended, Function<AlreadyApplied, T> alreadyApplied,
                Function<Conflict, T> conflict, Function<InsufficientFunds, T> insufficientFunds);

    /** The entry as the ledger holds it now, appended or already there; empty when nothing was recorded. */
    default Optional<PostedEntry> recorded() {
        return match(appended -> Optional.of(appended.posted()), repeat -> Optional.of(repeat.existing()),
                conflict -> Optional.empty(), lacking -> Optional.empty());
    }

    /** The entry is now in the ledger, and its wallet's balance includes it. */
    record Appended(PostedEntry posted) implements AppendResult {
        @Override
        public <T> T match(Function<Appended, T> appended, Function<AlreadyApplied, T> alreadyApplied,
                           Function<Conflict, T> conflict, Function<InsufficientFunds, T> insufficientFunds) {
            return appended.apply(this);
        }
    }

    /** An entry with the same key and the same effect was already there; nothing changed. */
    record AlreadyApplied(PostedEntry existing) implements AppendResult {
        @Override
        public <T> T match(Function<Appended, T> appended, Function<AlreadyApplied, T> alreadyApplied,
                           Function<Conflict, T> conflict, Function<InsufficientFunds, T> insufficientFunds) {
            return alreadyApplied.apply(this);
        }
    }

    /**
     * Nothing changed because the entry contradicts one already there: the same key with another amount or account,
     * or a bank transaction code that another entry already credited.
     */
    record Conflict(PostedEntry existing, String reason) implements AppendResult {
        @Override
        public <T> T match(Function<Appended, T> appended, Function<AlreadyApplied, T> alreadyApplied,
                           Function<Conflict, T> conflict, Function<InsufficientFunds, T> insufficientFunds) {
            return conflict.apply(this);
        }
    }

    /** Nothing changed: the wallet holds less than the debit and overdraft was forbidden. */
    record InsufficientFunds(WalletBalance balance) implements AppendResult {
        @Override
        public <T> T match(Function<Appended, T> appended, Function<AlreadyApplied, T> alreadyApplied,
                           Function<Conflict, T> conflict, Function<InsufficientFunds, T> insufficientFunds) {
            return insufficientFunds.apply(this);
        }
    }
}
