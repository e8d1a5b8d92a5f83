package dev.plara.mongo.ledger;

import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import dev.plara.mongo.collection.StoreCollection;
import dev.plara.wallet.core.domain.ledger.Account;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static dev.plara.mongo.ledger.LedgerEntryMapper.WALLET;

/**
 * The repair of many wallet caches at once, each brought to its latest entry by {@link WalletCache#correct}: every
 * wallet (those with entries and those with a cache), or the wallets named and those opened for a first entry.
 */
final class WalletCacheRepair {

    private final StoreCollection wallets;
    private final StoreCollection entries;
    private final WalletCache cache;

    WalletCacheRepair(StoreCollection wallets, StoreCollection entries, WalletCache cache) {
        this.wallets = wallets;
        this.entries = entries;
        this.cache = cache;
    }

    /** Brings every wallet's cache to its latest entry; answers how many caches differed from their entries. */
    long all() {
        var names = new TreeSet<String>();
        walletsWithEntries().forEach(wallet -> names.add(wallet.toString()));
        wallets.find(Filters.empty()).forEach(cached -> names.add(cached.getString("_id")));
        return corrected(names);
    }

    /** Brings the caches of {@code names}, and of wallets opened for a first entry, to their latest entry. */
    long of(Set<String> names) {
        var all = new TreeSet<>(names);
        wallets.find(Filters.eq(WalletCache.CACHED_SEQ, 0L)).forEach(cached -> all.add(cached.getString("_id")));
        return corrected(all);
    }

    private long corrected(Set<String> names) {
        return names.stream().map(Account::parse).filter(cache::correct).count();
    }

    /** Every wallet that has at least one entry. */
    private List<Account> walletsWithEntries() {
        return entries.aggregate(List.of(Aggregates.group("$" + WALLET)))
                .map(d -> Account.parse(d.getString("_id"))).into(new ArrayList<>());
    }
}
