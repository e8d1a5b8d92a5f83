package dev.plara.mongo.ledger;

import com.mongodb.client.model.Filters;
import dev.plara.mongo.collection.DocumentValues;
import dev.plara.mongo.collection.StoreCollection;
import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.ledger.WalletBalance;
import dev.plara.wallet.core.domain.user.UserId;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The {@code wallets} collection: per wallet, the balance and sequence of one of its entries, normally a few behind
 * the latest. Never the source of truth: every touch confirms it against its own entry and walks the entries after it
 * ({@link WalletHead}). It moves at a wallet's first entry, every {@link #MOVED_EVERY}-th, every one below zero, and
 * when a touch finds it unconfirmed or far behind, by one update guarded by what it replaces, never backwards; a crash
 * between an entry and its move leaves it behind, which the next touch walks past ({@link WalletCacheRepair}). The
 * writes themselves, guarded by what they replace, are {@link WalletCacheWrites}'.
 */
final class WalletCache {

    /** A cache moves at the entries whose sequence is a multiple of this, and when more than this many follow it. */
    static final int MOVED_EVERY = 8;
    static final String BALANCE = "balance";
    /** The sequence of the entry the cache stands at; 0 for a wallet opened for its first entry. */
    static final String CACHED_SEQ = "seq";
    static final String OWNER = "owner";

    private final StoreCollection wallets;
    private final WalletHead head;
    private final WalletCacheWrites writes;

    WalletCache(StoreCollection wallets, StoreCollection entries) {
        this.wallets = wallets;
        this.head = new WalletHead(entries);
        this.writes = new WalletCacheWrites(wallets);
    }

    /**
     * The wallet's balance as of its latest entry: the next entry's predecessor unless an append races it (its insert
     * is then refused). A cache found missing, unconfirmed or far behind is corrected.
     */
    WalletBalance latest(Account wallet) {
        return latest(wallet, wallets.byId(wallet.toString()));
    }

    /**
     * {@link #latest} for an append's first attempt, which a refused insert sends the careful way: a wallet without a
     * cache is taken as empty, its entries unread. Its cache is opened, safe from a failover, before a wallet's first
     * entry is inserted, so a wallet without one has no entries, or entries from before it was kept (a restore): as a
     * wallet with entries has one at sequence 1, the insert there is then refused by the unique index, and a head found
     * behind costs a retry, never money.
     */
    WalletBalance latestOnFirstAttempt(Account wallet) {
        Document cached = wallets.byId(wallet.toString());
        return cached == null ? WalletBalance.empty(wallet) : latest(wallet, cached);
    }

    private WalletBalance latest(Account wallet, Document cached) {
        var walk = head.from(CachedBalances.stateOf(wallet, cached));
        if (walk.cacheWantsCorrecting() || cached == null && walk.latest().lastSequence() > 0) {
            correct(walk.latest(), cached);
        }
        return walk.latest();
    }

    /** Moves (or creates) the cache at an entry just appended, if due ({@link #lastDue}). */
    void appended(PostedEntry posted) {
        moveIfDue(posted, true);
    }

    /**
     * Makes the move a repeated entry was due to (a crash may have lost it), never creating a cache: another may have
     * moved it past that committed entry, and an upsert would then be refused, aborting a transaction.
     */
    void repeated(PostedEntry existing) {
        moveIfDue(existing, false);
    }

    private void moveIfDue(PostedEntry posted, boolean creating) {
        var state = new WalletBalance(posted.entry().wallet(), posted.balanceAfter(), posted.walletSequence());
        if (lastDue(state) == state.lastSequence()) {
            writes.moveTo(state, null, creating);
        }
    }

    /** Creates the cache of a wallet about to get its first entry, so its owner's listing finds it from then on. */
    void open(Account wallet) {
        writes.open(wallet);
    }

    /** The user's wallets that have entries, each as of its latest entry, ordered by currency code. */
    List<WalletBalance> ofOwner(UserId user) {
        List<Document> owned = wallets.find(Filters.eq(OWNER, user.value())).into(new ArrayList<>());
        return owned.stream().map(cached -> latest(Account.parse(cached.getString("_id")), cached))
                .filter(balance -> balance.lastSequence() > 0)
                .sorted(Comparator.comparing(balance -> balance.wallet().currency().getCurrencyCode())).toList();
    }

    /**
     * Brings the wallet's cache to its latest entry unless it stands where appends leave it (confirmed by its own
     * entry, at or after the last entry it was due to move to); answers whether it moved (or went, without entries).
     */
    boolean correct(Account wallet) {
        Document cached = wallets.byId(wallet.toString());
        var walk = head.from(CachedBalances.stateOf(wallet, cached));
        long latest = walk.latest().lastSequence();
        boolean inPlace = cached == null ? latest == 0 : latest > 0 && walk.confirmed()
                && DocumentValues.longValue(cached, CACHED_SEQ) >= lastDue(walk.latest());
        if (!inPlace) {
            correct(walk.latest(), cached);
        }
        return !inPlace;
    }

    /**
     * The last entry up to {@code state}'s a cache moves to when appended: the first, every eighth, and one below zero
     * (so the overdrawn wallets are found from the caches alone, {@link CachedBalances#overdrawn}).
     */
    private static long lastDue(WalletBalance state) {
        long sequence = state.lastSequence();
        return state.overdrawn() || sequence <= 1 ? sequence
                : sequence < MOVED_EVERY ? 1 : sequence - sequence % MOVED_EVERY;
    }

    /** Sets a cache to its wallet's latest entry, or removes the cache of a wallet without entries. */
    private void correct(WalletBalance truth, Document cached) {
        if (truth.lastSequence() > 0) {
            writes.moveTo(truth, cached, cached == null);
        } else if (cached != null) {
            writes.remove(truth.wallet(), cached);
        }
    }
}
