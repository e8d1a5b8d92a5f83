package dev.plara.mongo;

import com.mongodb.client.model.Filters;
import dev.plara.wallet.core.domain.LedgerEntry;
import dev.plara.wallet.core.domain.PostedEntry;
import dev.plara.wallet.core.domain.WalletBalance;
import dev.plara.wallet.core.port.out.AppendResult;
import dev.plara.wallet.core.port.out.Overdraft;
import org.bson.Document;

import java.util.Optional;

/**
 * Appends one entry without a multi-document transaction: the single insert of the entry at its wallet's next
 * sequence is the commit, and the unique indexes on the key, on {@code (wallet, walletSeq)} and on the bank code are
 * the compare-and-set. A refused insert means someone else got there first, so the whole decision is taken again
 * from what is now stored.
 */
final class LedgerAppender {

    /** Far above any contention seen in practice; reaching it means something is broken, not busy. */
    private static final int MAX_ATTEMPTS = 10_000;

    private final StoreCollection entries;
    private final WalletCache cache;

    LedgerAppender(StoreCollection entries, WalletCache cache) {
        this.entries = entries;
        this.cache = cache;
    }

    AppendResult append(LedgerEntry entry, Overdraft overdraft) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<AppendResult> decided = decidedByStoredEntries(entry);
            if (decided.isPresent()) {
                return decided.get();
            }
            WalletBalance head = cache.latest(entry.wallet());
            if (overdraft == Overdraft.FORBIDDEN && entry.debitsWallet() && head.balance().isLessThan(entry.amount())) {
                return new AppendResult.InsufficientFunds(head);
            }
            var posted = new PostedEntry(entry, head.lastSequence() + 1, head.balance().plus(entry.walletDelta()));
            if (head.lastSequence() == 0) {
                cache.open(entry.wallet());
            }
            if (entries.tryInsert(LedgerEntryMapper.toDocument(posted))) {
                cache.moveTo(new WalletBalance(entry.wallet(), posted.balanceAfter(), posted.walletSequence()), null);
                return new AppendResult.Appended(posted);
            }
            Thread.yield();
        }
        throw new IllegalStateException("gave up appending " + entry.key() + " after " + MAX_ATTEMPTS + " races");
    }

    /** The answer when an entry with this key, or another entry with this bank code, is already stored. */
    private Optional<AppendResult> decidedByStoredEntries(LedgerEntry entry) {
        Document sameKey = entries.first(Filters.eq("_id", entry.key().value()));
        if (sameKey != null) {
            PostedEntry existing = LedgerEntryMapper.fromDocument(sameKey);
            if (existing.entry().sameEffectAs(entry)) {
                cache.rollForward(entry.wallet());
                return Optional.of(new AppendResult.AlreadyApplied(existing));
            }
            return Optional.of(new AppendResult.Conflict(existing, "key " + entry.key()
                    + " already moved " + existing.entry().amount() + " " + existing.entry().debit() + " -> "
                    + existing.entry().credit() + " as " + existing.entry().kind()));
        }
        String code = entry.facts().bankTransactionCode();
        Document sameCode = code == null ? null : entries.first(Filters.eq(LedgerEntryMapper.BANK_CODE, code));
        if (sameCode != null) {
            PostedEntry existing = LedgerEntryMapper.fromDocument(sameCode);
            return Optional.of(new AppendResult.Conflict(existing,
                    "bank transaction code " + code + " was already credited by " + existing.key()));
        }
        return Optional.empty();
    }
}
