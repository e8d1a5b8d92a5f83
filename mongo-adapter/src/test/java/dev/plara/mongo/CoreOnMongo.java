package dev.plara.mongo;

import dev.plara.wallet.core.domain.deposit.CardDepositRules;
import dev.plara.wallet.core.domain.ledger.Discrepancy;
import dev.plara.wallet.core.domain.money.CurrencyRules;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.embedding.WalletCore;
import dev.plara.wallet.core.embedding.WalletStores;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.fixtures.FakePaymentProvider;
import dev.plara.wallet.core.fixtures.LabelTrustingReceiptInspector;
import dev.plara.wallet.core.fixtures.SequentialIds;
import dev.plara.wallet.core.fixtures.TestClock;
import dev.plara.wallet.core.service.WalletSettings;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The whole wallet core wired on the Mongo stores, with a clock that stands still (at T0) and ids counted from one. */
final class CoreOnMongo {

    static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    private CoreOnMongo() {
    }

    static WalletCore on(MongoPlaraStores stores) {
        return at(stores, T0);
    }

    /** The core on a clock standing still at {@code now}. */
    static WalletCore at(MongoPlaraStores stores, Instant now) {
        return at(stores, now, new FakePaymentProvider());
    }

    /** The core on a clock standing still at {@code now}, whose payment provider is {@code provider}. */
    static WalletCore at(MongoPlaraStores stores, Instant now, FakePaymentProvider provider) {
        return at(MongoWalletStores.of(stores), now, provider);
    }

    /** The core on these stores (the Mongo ones, some decorated), at {@code now}, with {@code provider}. */
    static WalletCore at(WalletStores stores, Instant now, FakePaymentProvider provider) {
        var usd = Money.usd(0).currency();
        var settings = new WalletSettings(FakePaymentProvider.TOP_UP,
                new CardDepositRules(usd, List.of(Money.usd(10_00)), Money.usd(1_00), Money.usd(1_000_00)),
                new CurrencyRules(Set.of(usd, Money.etb(0).currency()), List.of()), CoreHarness.bankRules());
        return new WalletCore(stores, provider.asProvider(),
                new LabelTrustingReceiptInspector(), settings, TestClock.at(now.toString()), new SequentialIds("id"));
    }

    /** What the core's own audit finds wrong: cache against entries, sequences, running balances, the books. */
    static List<Discrepancy> auditDiscrepancies(MongoPlaraStores stores) {
        return on(stores).auditLedger().audit().discrepancies();
    }
}
