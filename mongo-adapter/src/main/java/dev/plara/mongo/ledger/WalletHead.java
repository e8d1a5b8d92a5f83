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
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.plara.mongo.ledger.LedgerEntryMapper.BALANCE_AFTER;
import static dev.plara.mongo.ledger.LedgerEntryMapper.SEQ;
import static dev.plara.mongo.ledger.LedgerEntryMapper.WALLET;

/**
 * Finds the state as of a wallet's latest entry, starting from its cached state: one find along the unique
 * {@code (wallet, walletSeq)} index reads the entry the cache names, which must be there with the same balance, and up
 * to {@link WalletCache#MOVED_EVERY} + 1 entries after it, each the exact successor of the one before; a longer run is
 * read on the same way, a batch at a time. It costs the same however long the ledger grows, on any server. Only a cache
 * that its own entry does not confirm (the storage lost that entry) sends it to a sorted query for the latest entry.
 */
final class WalletHead {

    private final StoreCollection entries;

    WalletHead(StoreCollection entries) {
        this.entries = entries;
    }

    /**
     * The latest entry's state, found from the cached state, and whether the cache wants correcting. An opening cache
     * (sequence 0) names no entry that could confirm its balance, so it counts as an empty wallet's.
     */
    Walk from(WalletBalance cache) {
        var cached = cache.lastSequence() > 0 ? cache : WalletBalance.empty(cache.wallet());
        var read = batch(cached.wallet(), Filters.gte(SEQ, cached.lastSequence()), WalletCache.MOVED_EVERY + 2);
        var followers = read;
        if (cached.lastSequence() > 0) {
            var own = read.isEmpty() ? null : read.get(0);
            if (own == null || DocumentValues.longValue(own, SEQ) != cached.lastSequence()
                    || DocumentValues.longValue(own, BALANCE_AFTER) != cached.balance().minor()) {
                return new Walk(bySortedQuery(cached.wallet()), false, false);
            }
            followers = read.subList(1, read.size());
        }
        var head = follow(cached, followers);
        return followers.size() <= WalletCache.MOVED_EVERY ? new Walk(head, true, false)
                : new Walk(after(head, Long.MAX_VALUE).orElseThrow(), true, true);
    }

    /** The latest entry's state if the cached state's own entry confirms it, else the cached state as it stands. */
    WalletBalance carriedForward(WalletBalance cached) {
        var walk = from(cached);
        return walk.confirmed() ? walk.latest() : cached;
    }

    /**
     * The state as of the latest entry, found from a state a stored entry confirms a batch of entries at a time; empty
     * when more than {@code steps} entries follow it (a starting point far behind is better left to the wallet's
     * cache).
     */
    Optional<WalletBalance> after(WalletBalance confirmed, long steps) {
        WalletBalance head = confirmed;
        long left = steps;
        while (true) {
            int limit = (int) Math.min(left, WalletCache.MOVED_EVERY) + 1;
            var read = batch(head.wallet(), Filters.gt(SEQ, head.lastSequence()), limit);
            var reached = follow(head, read);
            long walked = reached.lastSequence() - head.lastSequence();
            if (walked < read.size() || read.size() < limit) {
                return Optional.of(reached);
            }
            if (walked > left) {
                return Optional.empty();
            }
            head = reached;
            left -= walked;
        }
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

    /** Up to {@code limit} of the wallet's entries whose sequence {@code sequences} admits, in sequence order. */
    private List<Document> batch(Account wallet, Bson sequences, int limit) {
        return entries.find(DocumentValues.allOf(Filters.eq(WALLET, wallet.toString()), sequences))
                .sort(Sorts.ascending(SEQ)).limit(limit).into(new ArrayList<>());
    }

    /** The state after the entries that follow {@code head} one by one, up to the first that is not its successor. */
    private static WalletBalance follow(WalletBalance head, List<Document> entries) {
        WalletBalance reached = head;
        for (Document entry : entries) {
            if (DocumentValues.longValue(entry, SEQ) != reached.lastSequence() + 1) {
                break;
            }
            reached = stateAfter(head.wallet(), entry);
        }
        return reached;
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

    /**
     * The latest entry's state; whether the cache it was found from is {@code confirmed} by its own entry, and whether
     * it is {@code farBehind}: more than {@link WalletCache#MOVED_EVERY} entries follow it.
     */
    record Walk(WalletBalance latest, boolean confirmed, boolean farBehind) {

        boolean cacheWantsCorrecting() {
            return !confirmed || farBehind;
        }
    }
}
