package dev.plara.mongo;

import com.mongodb.MongoException;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.plara.wallet.core.domain.Account;
import dev.plara.wallet.core.domain.Money;
import dev.plara.wallet.core.domain.PostedEntry;
import dev.plara.wallet.core.domain.WalletBalance;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;

import static dev.plara.mongo.LedgerEntryMapper.SEQ;
import static dev.plara.mongo.LedgerEntryMapper.WALLET;

/**
 * The {@code wallets} collection: per wallet, the balance and sequence of the latest entry it has caught up with. It is
 * never the source of truth: it is rolled forward from the entries, one guarded update per entry
 * ({@code {_id, seq: n-1}} becomes {@code {seq: n, balance: balanceAfter(n)}}), so a racing or repeated roll-forward
 * changes nothing twice and a crash between an entry and its roll-forward is caught up on the next touch.
 */
final class WalletCache {

    private static final String BALANCE = "balance";
    private static final String CACHED_SEQ = "seq";

    private final StoreCollection wallets;
    private final StoreCollection entries;

    WalletCache(StoreCollection wallets, StoreCollection entries) {
        this.wallets = wallets;
        this.entries = entries;
    }

    /** Catches the wallet's cache up with its entries and returns its balance as of its latest entry. */
    WalletBalance rollForward(Account wallet) {
        return roll(wallet).balance();
    }

    /** Moves the cache from the entry before {@code posted} to {@code posted}; a cache already past it stays. */
    void advance(PostedEntry posted) {
        long seq = posted.walletSequence();
        Account wallet = posted.entry().wallet();
        var update = Updates.combine(Updates.set(CACHED_SEQ, seq),
                Updates.set(BALANCE, posted.balanceAfter().minor()),
                posted.balanceAfter().isNegative() ? Updates.set("flagged", true) : Updates.setOnInsert("flagged", false),
                Updates.setOnInsert("owner", wallet.owner().value()),
                Updates.setOnInsert("currency", wallet.currency().getCurrencyCode()));
        try {
            wallets.update(Filters.and(Filters.eq("_id", wallet.toString()), Filters.eq(CACHED_SEQ, seq - 1)), update,
                    new UpdateOptions().upsert(seq == 1));
        } catch (MongoException e) {
            if (!StoreCollection.isDuplicateKey(e)) {
                throw e;
            }
        }
    }

    /** Rolls every wallet's cache forward to its latest entry; answers how many entries had not been applied yet. */
    long repair() {
        long applied = 0;
        for (Account wallet : walletsWithEntries()) {
            applied += roll(wallet).applied();
        }
        return applied;
    }

    /** Every wallet that has at least one entry, ordered by its name. */
    List<Account> walletsWithEntries() {
        var pipeline = List.of(Aggregates.sort(Sorts.orderBy(Sorts.ascending(WALLET), Sorts.descending(SEQ))),
                Aggregates.group("$" + WALLET, Accumulators.first("last", "$" + SEQ)),
                Aggregates.sort(Sorts.ascending("_id")));
        return entries.aggregate(pipeline).map(d -> Account.parse(d.getString("_id"))).into(new ArrayList<>());
    }

    List<WalletBalance> cached() {
        return wallets.find(Filters.empty()).sort(Sorts.ascending("_id")).map(WalletCache::toBalance)
                .into(new ArrayList<>());
    }

    private Rolled roll(Account wallet) {
        Document cached = wallets.first(Filters.eq("_id", wallet.toString()));
        WalletBalance state = cached == null ? WalletBalance.empty(wallet) : toBalance(cached);
        int applied = 0;
        var behind = entries.find(Filters.and(Filters.eq(WALLET, wallet.toString()), Filters.gt(SEQ, state.lastSequence())))
                .sort(Sorts.ascending(SEQ));
        for (Document document : behind) {
            PostedEntry posted = LedgerEntryMapper.fromDocument(document);
            advance(posted);
            state = new WalletBalance(wallet, posted.balanceAfter(), posted.walletSequence());
            applied++;
        }
        return new Rolled(state, applied);
    }

    private static WalletBalance toBalance(Document cached) {
        Account wallet = Account.parse(cached.getString("_id"));
        return new WalletBalance(wallet, new Money(Docs.longValue(cached, BALANCE), wallet.currency()),
                Docs.longValue(cached, CACHED_SEQ));
    }

    private record Rolled(WalletBalance balance, int applied) {
    }
}
