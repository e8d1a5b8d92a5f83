package dev.plara.mongo.ledger;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.plara.mongo.collection.DocumentValues;
import dev.plara.mongo.collection.StoreCollection;
import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.IdempotencyKey;
import dev.plara.wallet.core.domain.ledger.LedgerEntry;
import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.ledger.WalletBalance;
import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.AppendResult;
import dev.plara.wallet.core.port.out.LedgerStore;
import dev.plara.wallet.core.port.out.Overdraft;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

import static dev.plara.mongo.ledger.LedgerEntryMapper.OWNER;
import static dev.plara.mongo.ledger.LedgerEntryMapper.RECORDED_AT;
import static dev.plara.mongo.ledger.LedgerEntryMapper.SEQ;
import static dev.plara.mongo.ledger.LedgerEntryMapper.UNSETTLED_SINCE;
import static dev.plara.mongo.ledger.LedgerEntryMapper.WALLET;

/**
 * The ledger on MongoDB: entries in {@code ledger_entries} are the truth, one insert each; the {@code wallets} cache
 * stands at one of each wallet's entries, moved every few entries, when a touch finds it far behind, and by
 * {@link #repair}.
 */
public final class MongoLedgerStore implements LedgerStore {

    /**
     * The unsettled entries: those with an {@code unsettledSince} of any date. A range, which the sparse index of
     * unsettled entries answers on MongoDB and on the embedded store alike, where {@code $exists} read every entry
     * of the embedded store's ledger: its indexes key a missing field as they key a null one.
     */
    private static final Bson UNSETTLED = Filters.gte(UNSETTLED_SINCE, new Date(Long.MIN_VALUE));

    private final StoreCollection entries;
    private final WalletCache cache;
    private final CachedBalances caches;
    private final WalletCacheRepair repairs;
    private final LedgerAppends appends;

    public MongoLedgerStore(StoreCollection entries, StoreCollection wallets) {
        this.entries = entries;
        this.cache = new WalletCache(wallets, entries);
        this.caches = new CachedBalances(wallets, entries);
        this.repairs = new WalletCacheRepair(wallets, entries, cache);
        this.appends = new LedgerAppends(entries, cache, new EarlierEntries(entries, cache));
    }

    /** One insert at the wallet's next sequence, the unique indexes its compare-and-set: see {@link LedgerAppends}. */
    @Override
    public AppendResult append(LedgerEntry entry, Overdraft overdraft) {
        return appends.append(entry, overdraft);
    }

    @Override
    public Optional<PostedEntry> find(IdempotencyKey key) {
        return Optional.ofNullable(entries.byId(key.value())).map(LedgerEntryMapper::fromDocument);
    }

    @Override
    public WalletBalance balance(Account wallet) {
        if (!wallet.isWallet()) {
            throw new IllegalArgumentException(wallet + " is a system account: its balance is not cached");
        }
        return cache.latest(wallet);
    }

    @Override
    public List<WalletBalance> balances(UserId user) {
        return cache.ofOwner(user);
    }

    @Override
    public Page<PostedEntry> history(UserId user, PageRequest page) {
        var filter = Filters.eq(OWNER, user.value());
        var sorted = entries.find(filter).sort(Sorts.descending(RECORDED_AT, SEQ, "_id"));
        return DocumentValues.page(sorted, page, entries.count(filter), LedgerEntryMapper::fromDocument);
    }

    @Override
    public void forEachEntry(Consumer<PostedEntry> action) {
        entries.find(Filters.empty()).sort(Sorts.ascending(WALLET, SEQ))
                .forEach(document -> action.accept(LedgerEntryMapper.fromDocument(document)));
    }

    @Override
    public List<WalletBalance> cachedBalances() {
        return caches.carriedForward();
    }

    @Override
    public List<WalletBalance> overdrawnBalances() {
        return caches.overdrawn();
    }

    @Override
    public List<PostedEntry> unsettled(int limit) {
        if (limit < 1) {
            return List.of();
        }
        return entries.find(UNSETTLED).sort(Sorts.ascending(UNSETTLED_SINCE, WALLET, SEQ))
                .limit(limit).map(LedgerEntryMapper::fromDocument).into(new ArrayList<>());
    }

    /**
     * Acknowledged by the primary alone: a mark lost in a failover leaves the entry unsettled, and settling it again
     * (the sweeper) finds every follow-up done, as after a crash just before the mark.
     */
    @Override
    public void markSettled(IdempotencyKey key) {
        entries.updateAcknowledgedByPrimary(DocumentValues.allOf(Filters.eq("_id", key.value()),
                Filters.exists(UNSETTLED_SINCE)), Updates.unset(UNSETTLED_SINCE), new UpdateOptions());
    }

    /**
     * Brings every wallet's cache to its latest entry, reading and correcting the caches through {@code upkeep} (this
     * ledger on a handle that may wait longer for an answer: it scans every entry); answers how many caches it
     * corrected. What this process inserted last in each wallet is forgotten too, so that entries lost from outside (a
     * restore) are gone from it.
     */
    public long repair(MongoLedgerStore upkeep) {
        appends.forget();
        return upkeep.repairs.all();
    }

    /**
     * Brings to their latest entry the caches that a crash or a lost write can have left further behind since the
     * last {@link #repair} than their moves every few entries do: every entry stays unsettled until after its wallet's
     * cache moved (when it was due to), so those are the caches of wallets with an unsettled entry (and of wallets
     * opened for a first entry); answers how many it moved. It reads those alone, where {@code repair} reads every
     * wallet.
     */
    public long repairUnsettled() {
        var names = new TreeSet<String>();
        entries.find(UNSETTLED).projection(Projections.include(WALLET))
                .forEach(entry -> names.add(entry.getString(WALLET)));
        return repairs.of(names);
    }
}
