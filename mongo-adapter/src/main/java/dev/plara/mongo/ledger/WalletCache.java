package dev.plara.mongo.ledger;

import com.mongodb.MongoException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.plara.mongo.collection.DocumentValues;
import dev.plara.mongo.collection.DuplicateKey;
import dev.plara.mongo.collection.StoreCollection;
import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.WalletBalance;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The {@code wallets} collection: per wallet, the balance and sequence of its latest entry. It is never the source of
 * truth: every touch compares it with the wallet's latest entry and, if it differs, sets it to that entry's state with
 * one update guarded by what it replaces (a sequence below the entry's, or exactly the stale state it read), so racing
 * or repeated roll-forwards never move it backwards, and a crash between an entry and its roll-forward is caught up
 * ({@link WalletCacheRepair} runs this over many wallets).
 */
final class WalletCache {

    private static final String BALANCE = "balance";
    /** The sequence of the entry the cache stands at; 0 for a wallet opened for its first entry. */
    static final String CACHED_SEQ = "seq";
    private static final String OWNER = "owner";

    private final StoreCollection wallets;
    private final WalletHead head;

    WalletCache(StoreCollection wallets, StoreCollection entries) {
        this.wallets = wallets;
        this.head = new WalletHead(entries);
    }

    /** The wallet's balance as of its latest entry: the exact predecessor of the next entry. */
    WalletBalance latest(Account wallet) {
        return head.from(cachedState(wallet, wallets.byId(wallet.toString())));
    }

    /**
     * The wallet's cached state once its own entry confirms it, without looking for entries after it: the exact
     * predecessor of the next entry unless the cache is behind, which the next entry's refused insert reveals.
     */
    WalletBalance confirmed(Account wallet) {
        return head.confirmed(cachedState(wallet, wallets.byId(wallet.toString())));
    }

    /** Brings the wallet's cache to its latest entry and returns the balance as of that entry. */
    WalletBalance rollForward(Account wallet) {
        return reconcile(wallet).truth();
    }

    /** Creates the cache of a wallet about to get its first entry, so its owner's listing finds it from then on. */
    void open(Account wallet) {
        wallets.insertIfAbsent(new Document("_id", wallet.toString()).append(CACHED_SEQ, 0L).append(BALANCE, 0L)
                .append(OWNER, wallet.owner().value()));
    }

    /**
     * Sets the cache to {@code truth} if it is behind it, or exactly as {@code stale} (read before the entries, so only
     * a lost write can have left it ahead of them); a cache someone else moved meanwhile stays. Without a stale state
     * (right after an append) a missing cache is created: inside a transaction that upsert cannot clash, as no one
     * else can have moved the cache to an entry that is not committed yet. Acknowledged by the primary alone: a move
     * lost in a failover leaves the cache behind its entries, which the next touch catches up, as after a crash.
     */
    void moveTo(WalletBalance truth, Document stale) {
        Bson behind = Filters.lt(CACHED_SEQ, truth.lastSequence());
        Bson replaceable = stale == null ? behind : Filters.or(behind, DocumentValues.allOf(
                Filters.eq(CACHED_SEQ, stale.get(CACHED_SEQ)), Filters.eq(BALANCE, stale.get(BALANCE))));
        var update = Updates.combine(Updates.set(CACHED_SEQ, truth.lastSequence()),
                Updates.set(BALANCE, truth.balance().minor()), Updates.set(OWNER, truth.wallet().owner().value()));
        try {
            wallets.updateAcknowledgedByPrimary(DocumentValues.allOf(Filters.eq("_id", truth.wallet().toString()),
                    replaceable), update, new UpdateOptions().upsert(stale == null));
        } catch (MongoException e) {
            if (!DuplicateKey.refused(e)) {
                throw e;
            }
        }
    }

    /** The user's wallets that have entries, each brought to its latest entry, ordered by currency code. */
    List<WalletBalance> ofOwner(UserId user) {
        List<Account> owned = wallets.find(Filters.eq(OWNER, user.value()))
                .map(cached -> Account.parse(cached.getString("_id"))).into(new ArrayList<>());
        return owned.stream().map(this::rollForward).filter(balance -> balance.lastSequence() > 0)
                .sorted(Comparator.comparing(balance -> balance.wallet().currency().getCurrencyCode())).toList();
    }

    /** Brings the wallet's cache to its latest entry; answers whether it differed from it. */
    boolean correct(Account wallet) {
        return reconcile(wallet).corrected();
    }

    /** The caches of wallets with entries as they stand, ordered by wallet, for an audit to check. */
    List<WalletBalance> cached() {
        return wallets.find(Filters.gt(CACHED_SEQ, 0L)).sort(Sorts.ascending("_id"))
                .map(cached -> cachedState(Account.parse(cached.getString("_id")), cached)).into(new ArrayList<>());
    }

    /** Compares the cache with the latest entry and corrects it; a cache of a wallet without entries goes. */
    private Reconciled reconcile(Account wallet) {
        Document cached = wallets.byId(wallet.toString());
        WalletBalance known = cachedState(wallet, cached);
        WalletBalance truth = head.from(known);
        if (cached == null && truth.lastSequence() == 0 || cached != null && known.equals(truth)
                && truth.lastSequence() > 0) {
            return new Reconciled(truth, false);
        }
        if (truth.lastSequence() == 0) {
            wallets.delete(DocumentValues.allOf(Filters.eq("_id", wallet.toString()),
                    Filters.eq(CACHED_SEQ, known.lastSequence())));
        } else {
            moveTo(truth, cached);
        }
        return new Reconciled(truth, true);
    }

    private static WalletBalance cachedState(Account wallet, Document cached) {
        return cached == null ? WalletBalance.empty(wallet) : new WalletBalance(wallet,
                new Money(DocumentValues.longValue(cached, BALANCE), wallet.currency()), DocumentValues.longValue(cached, CACHED_SEQ));
    }

    private record Reconciled(WalletBalance truth, boolean corrected) {
    }
}
