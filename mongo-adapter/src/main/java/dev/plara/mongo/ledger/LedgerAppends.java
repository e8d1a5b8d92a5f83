package dev.plara.mongo.ledger;

import dev.plara.mongo.collection.StoreCollection;
import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.LedgerEntry;
import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.ledger.WalletBalance;
import dev.plara.wallet.core.port.out.AppendResult;
import dev.plara.wallet.core.port.out.Overdraft;

import java.util.Optional;

/**
 * Appends one entry without a multi-document transaction: the single insert of the entry at its wallet's next
 * sequence is the commit, and the unique indexes on the key, on {@code (wallet, walletSeq)} and on the bank code are
 * the compare-and-set. Outside a transaction the first attempt trusts them alone: it neither looks the key up nor
 * probes for entries after its starting point, which is the entry this process inserted last in the wallet (its
 * {@link WalletTurns}), once read back as it was (a store that lost an acknowledged write, a crash or a failover, must
 * not be built on), or else the latest entry found from the wallet's cache in one find ({@link WalletHead}); a repeat,
 * a clashing bank code or a starting point left behind all refuse the insert. A refused insert, or funds that look
 * short, sends it to the careful way: the key and code looked up, the head found again, the whole decision taken
 * again from what is stored. Never below zero: an entry is only inserted at {@code n + 1} from the balance of a
 * stored entry at {@code n}, and the unique index refuses it if anyone got there first. Inside a transaction, where a
 * refused write aborts it, the careful way is the only one.
 */
final class LedgerAppends {

    /** Far above any contention seen in practice; reaching it means something is broken, not busy. */
    private static final int MAX_ATTEMPTS = 10_000;
    /** How many entries after this process's last one are looked up one by one before the cache is asked instead. */
    private static final long FEW = 4;

    private final StoreCollection entries;
    private final WalletCache cache;
    private final EarlierEntries earlier;
    private final WalletHead heads;
    private final WalletTurns turns;

    LedgerAppends(StoreCollection entries, WalletCache cache, EarlierEntries earlier) {
        this.entries = entries;
        this.heads = new WalletHead(entries);
        this.cache = cache;
        this.earlier = earlier;
        this.turns = new WalletTurns(entries.rounds());
    }

    AppendResult append(LedgerEntry entry, Overdraft overdraft) {
        boolean transaction = entries.inTransaction();
        boolean careful = transaction;
        WalletBalance known = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            if (careful) {
                Optional<AppendResult> decided = earlier.decide(entry);
                if (decided.isPresent()) {
                    return decided.get();
                }
                known = transaction ? cache.latest(entry.wallet()) : latest(entry.wallet());
                if (lacksFunds(entry, overdraft, known)) {
                    return new AppendResult.InsufficientFunds(known);
                }
            }
            var posted = transaction ? insertFrom(known, entry) : insertInTurn(known, entry, overdraft);
            if (posted.isPresent()) {
                cache.appended(posted.get());
                return new AppendResult.Appended(posted.get());
            }
            careful = true;
        }
        throw new IllegalStateException("gave up appending " + entry.key() + " after " + MAX_ATTEMPTS + " races");
    }

    /**
     * In the wallet's turn, inserts the entry after the later of what this append found ({@code known}, or nothing on a
     * first attempt) and the entry this process inserted last, else after the latest entry found from the wallet's
     * cache (on a first attempt, a wallet without one as empty); empty when the insert was refused or the funds look
     * short there.
     */
    private Optional<PostedEntry> insertInTurn(WalletBalance known, LedgerEntry entry, Overdraft overdraft) {
        var turn = turns.take(entry.wallet());
        try {
            var last = turn.head();
            var head = last != null && (known == null || last.walletSequence() > known.lastSequence())
                    ? heads.confirmed(last) : known != null ? known : cache.latestOnFirstAttempt(entry.wallet());
            if (lacksFunds(entry, overdraft, head)) {
                return Optional.empty();
            }
            var posted = insertFrom(head, entry);
            posted.ifPresentOrElse(turn::inserted, turn::refused);
            return posted;
        } finally {
            turn.release();
        }
    }

    /** Inserts the entry right after {@code head}; empty when a unique index refused it. */
    private Optional<PostedEntry> insertFrom(WalletBalance head, LedgerEntry entry) {
        var posted = new PostedEntry(entry, head.lastSequence() + 1, head.balance().plus(entry.walletDelta()));
        if (head.lastSequence() == 0) {
            cache.open(entry.wallet());
        }
        return entries.tryInsert(LedgerEntryMapper.toDocument(posted)) ? Optional.of(posted) : Optional.empty();
    }

    /**
     * The wallet's balance as of its latest entry, found from the entry this process inserted last when few entries
     * follow it (the buyers who found funds short in a busy wallet), else from the cache.
     */
    private WalletBalance latest(Account wallet) {
        var inserted = turns.lastInserted(wallet);
        return inserted == null ? cache.latest(wallet)
                : heads.after(heads.confirmed(inserted), FEW).orElseGet(() -> cache.latest(wallet));
    }

    /** Forgets what this process inserted last in each wallet: the entries were changed from outside. */
    void forget() {
        turns.forget();
    }

    private static boolean lacksFunds(LedgerEntry entry, Overdraft overdraft, WalletBalance head) {
        return overdraft == Overdraft.FORBIDDEN && entry.debitsWallet() && head.balance().isLessThan(entry.amount());
    }
}
