package dev.plara.mongo.ledger;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import dev.plara.mongo.collection.DocumentValues;
import dev.plara.mongo.collection.StoreCollection;
import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.WalletBalance;
import dev.plara.wallet.core.domain.money.Money;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The {@code wallets} caches read for the admin: the audit's check of them, the overdrawn wallets. Reads alone. */
final class CachedBalances {

    private final StoreCollection wallets;
    private final WalletHead head;

    CachedBalances(StoreCollection wallets, StoreCollection entries) {
        this.wallets = wallets;
        this.head = new WalletHead(entries);
    }

    /**
     * Every cache of a wallet with entries, ordered by wallet, for an audit to check: carried forward along the entries
     * after it when its own entry confirms it (a cache may be behind), else as it stands, so that a cache ahead of its
     * entries or differing from its own entry shows. One find of the entries per cache.
     */
    List<WalletBalance> carriedForward() {
        return read(Filters.empty(), head::carriedForward);
    }

    /**
     * The wallets below zero as of their latest entry, confirmed against the entries of only the caches below zero:
     * every entry below zero moves its wallet's cache ({@link WalletCache#appended}; after a crash, the repair of its
     * unsettled entry), so a wallet below zero has its cache there, and one back above zero drops out on the walk.
     */
    List<WalletBalance> overdrawn() {
        return read(Filters.lt(WalletCache.BALANCE, 0), cached -> head.from(cached).latest()).stream()
                .filter(WalletBalance::overdrawn).toList();
    }

    private List<WalletBalance> read(Bson caches, Function<WalletBalance, WalletBalance> toLatest) {
        List<Document> found = wallets.find(caches).sort(Sorts.ascending("_id")).into(new ArrayList<>());
        return found.stream().map(cached -> stateOf(Account.parse(cached.getString("_id")), cached))
                .map(toLatest).filter(balance -> balance.lastSequence() > 0).toList();
    }

    /** The state a cache document holds ({@code null}: none, an empty wallet's), before any entry confirms it. */
    static WalletBalance stateOf(Account wallet, Document cached) {
        return cached == null ? WalletBalance.empty(wallet) : new WalletBalance(wallet,
                new Money(DocumentValues.longValue(cached, WalletCache.BALANCE), wallet.currency()),
                DocumentValues.longValue(cached, WalletCache.CACHED_SEQ));
    }
}
