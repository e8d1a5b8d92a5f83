package dev.plara.mongo.ledger;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import dev.plara.mongo.collection.DocumentValues;
import dev.plara.mongo.collection.StoreCollection;
import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.ledger.WalletBalance;
import dev.plara.wallet.core.domain.money.Money;
import org.bson.Document;

import java.util.Optional;

import static dev.plara.mongo.ledger.LedgerEntryMapper.BALANCE_AFTER;
import static dev.plara.mongo.ledger.LedgerEntryMapper.SEQ;
import static dev.plara.mongo.ledger.LedgerEntryMapper.WALLET;

/**
 * Finds the state as of a wallet's latest entry, starting from its cached state: the entry the cache names must be
 * there with the same balance, then the entries after it are looked up one sequence at a time. Every step is an exact
 * lookup on the unique {@code (wallet, walletSeq)} index, so it costs the same however long the ledger grows, on any
 * server. Only a cache that its own entry does not confirm (the storage lost that entry) sends it to a sorted query.
 */
final class WalletHead {

    private final StoreCollection entries;

    WalletHead(StoreCollection entries) {
        this.entries = entries;
    }

    WalletBalance from(WalletBalance cached) {
        return after(confirmed(cached), Long.MAX_VALUE).orElseThrow();
    }

    /**
     * The state as of the latest entry, found entry by entry from a state a stored entry confirms; empty when more
     * than {@code steps} entries follow it (a starting point far behind is better left for the wallet's cache).
     */
    Optional<WalletBalance> after(WalletBalance confirmed, long steps) {
        WalletBalance head = confirmed;
        for (long step = 0; step <= steps; step++) {
            Document next = at(head.wallet(), head.lastSequence() + 1);
            if (next == null) {
                return Optional.of(head);
            }
            head = stateAfter(head.wallet(), next);
        }
        return Optional.empty();
    }

    /** The cached state if its own entry confirms it (or it names none), else the latest entry's state. */
    WalletBalance confirmed(WalletBalance cached) {
        if (cached.lastSequence() == 0) {
            return cached;
        }
        Document entry = at(cached.wallet(), cached.lastSequence());
        boolean same = entry != null && DocumentValues.longValue(entry, BALANCE_AFTER) == cached.balance().minor();
        return same ? cached : bySortedQuery(cached.wallet());
    }

    /**
     * The state right after an entry this process inserted if the store has that entry as it was (read by its key, a
     * read concurrent ones share), else the latest entry's state.
     */
    WalletBalance confirmed(PostedEntry inserted) {
        var wallet = inserted.entry().wallet();
        Document entry = entries.byId(inserted.key().value());
        boolean same = entry != null && wallet.toString().equals(entry.getString(WALLET))
                && DocumentValues.longValue(entry, SEQ) == inserted.walletSequence()
                && DocumentValues.longValue(entry, BALANCE_AFTER) == inserted.balanceAfter().minor();
        return same ? new WalletBalance(wallet, inserted.balanceAfter(), inserted.walletSequence())
                : bySortedQuery(wallet);
    }

    private Document at(Account wallet, long sequence) {
        return entries.first(DocumentValues.allOf(Filters.eq(WALLET, wallet.toString()), Filters.eq(SEQ, sequence)));
    }

    private WalletBalance bySortedQuery(Account wallet) {
        Document last = entries.find(Filters.eq(WALLET, wallet.toString())).sort(Sorts.descending(SEQ)).limit(1)
                .first();
        return last == null ? WalletBalance.empty(wallet) : stateAfter(wallet, last);
    }

    private static WalletBalance stateAfter(Account wallet, Document entry) {
        return new WalletBalance(wallet, new Money(DocumentValues.longValue(entry, BALANCE_AFTER), wallet.currency()),
                DocumentValues.longValue(entry, SEQ));
    }
}
