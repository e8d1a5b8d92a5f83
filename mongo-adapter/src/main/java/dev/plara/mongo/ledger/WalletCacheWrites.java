package dev.plara.mongo.ledger;

import com.mongodb.MongoException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.plara.mongo.collection.DocumentValues;
import dev.plara.mongo.collection.DuplicateKey;
import dev.plara.mongo.collection.StoreCollection;
import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.WalletBalance;
import org.bson.Document;
import org.bson.conversions.Bson;

import static dev.plara.mongo.ledger.WalletCache.BALANCE;
import static dev.plara.mongo.ledger.WalletCache.CACHED_SEQ;
import static dev.plara.mongo.ledger.WalletCache.OWNER;

/**
 * The writes of the {@code wallets} caches, each guarded by what it replaces: a cache never moves backwards, and one
 * that someone else moved meanwhile stays. {@link WalletCache} decides when they are due.
 */
final class WalletCacheWrites {

    private final StoreCollection wallets;

    WalletCacheWrites(StoreCollection wallets) {
        this.wallets = wallets;
    }

    /** Creates the cache of a wallet about to get its first entry, so its owner's listing finds it from then on. */
    void open(Account wallet) {
        wallets.insertIfAbsent(new Document("_id", wallet.toString()).append(CACHED_SEQ, 0L).append(BALANCE, 0L)
                .append(OWNER, wallet.owner().value()));
    }

    /**
     * Sets the cache to {@code truth} if it is behind it, or exactly as {@code stale} (read before the entries); a
     * cache someone else moved meanwhile stays; a missing one is created if {@code creating}. Acknowledged by the
     * primary alone: a move lost in a failover leaves the cache behind, as a crash does.
     */
    void moveTo(WalletBalance truth, Document stale, boolean creating) {
        Bson behind = Filters.lt(CACHED_SEQ, truth.lastSequence());
        Bson replaceable = stale == null ? behind : Filters.or(behind, DocumentValues.allOf(
                Filters.eq(CACHED_SEQ, stale.get(CACHED_SEQ)), Filters.eq(BALANCE, stale.get(BALANCE))));
        var update = Updates.combine(Updates.set(CACHED_SEQ, truth.lastSequence()),
                Updates.set(BALANCE, truth.balance().minor()), Updates.set(OWNER, truth.wallet().owner().value()));
        try {
            wallets.updateAcknowledgedByPrimary(DocumentValues.allOf(Filters.eq("_id", truth.wallet().toString()),
                    replaceable), update, new UpdateOptions().upsert(creating));
        } catch (MongoException e) {
            if (!DuplicateKey.refused(e)) {
                throw e;
            }
        }
    }

    /** Removes the cache of a wallet without entries, unless someone moved it since it was read as {@code cached}. */
    void remove(Account wallet, Document cached) {
        wallets.delete(DocumentValues.allOf(Filters.eq("_id", wallet.toString()),
                Filters.eq(CACHED_SEQ, cached.get(CACHED_SEQ))));
    }
}
