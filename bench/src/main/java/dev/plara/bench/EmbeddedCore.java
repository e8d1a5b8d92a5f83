package dev.plara.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.plara.mongo.MongoPlaraStores;
import dev.plara.mongo.MongoWalletStores;
import dev.plara.mongo.TransactionMode;
import dev.plara.polar.PolarPaymentProvider;
import dev.plara.polar.client.PolarClient;
import dev.plara.polar.client.PolarClientConfig;
import dev.plara.polar.emulator.EmulatorConfig;
import dev.plara.polar.emulator.PolarEmulator;
import dev.plara.wallet.core.domain.deposit.BankDepositRules;
import dev.plara.wallet.core.domain.deposit.CardDepositRules;
import dev.plara.wallet.core.domain.money.CurrencyRules;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.embedding.WalletCore;
import dev.plara.wallet.core.port.out.ReceiptInspector;
import dev.plara.wallet.core.service.WalletSettings;

import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The core as another Java service embeds it: the MongoDB adapter on the MongoDB at {@code uri} (the bench scripts
 * start Plara's embedded store for it, in a process of its own), and Polar's provider pointed at a local emulator.
 */
final class EmbeddedCore implements AutoCloseable {

    /** The benchmarks take no bank deposits, so every receipt is refused. */
    private static final ReceiptInspector NO_BANK_DEPOSITS = upload -> new ReceiptInspector.InspectionResult.Refused(
            "the benchmark core takes no bank deposits");

    private final MongoClient client;
    private final PolarEmulator polar;
    private final MongoPlaraStores stores;
    private final WalletCore core;

    EmbeddedCore(String uri) {
        this.client = MongoClients.create(uri);
        this.stores = MongoPlaraStores.connect(client, "plara-bench-" + UUID.randomUUID(), TransactionMode.AUTO);
        this.polar = PolarEmulator.start(EmulatorConfig.defaults());
        var provider = PolarPaymentProvider.create(new PolarClient(PolarClientConfig.of(polar.baseUrl(),
                polar.accessToken())), polar.topUpProductId(), "polar_whs_bench", "http://127.0.0.1/success", null,
                () -> "http://127.0.0.1/api/webhooks/polar",
                Clock.systemUTC());
        var usd = Currency.getInstance("USD");
        var settings = new WalletSettings(polar.topUpProductId(),
                new CardDepositRules(usd, List.of(Money.usd(10_00)), Money.usd(1_00), Money.usd(1_000_00)),
                CurrencyRules.only(usd), new BankDepositRules(Map.of(), Map.of(usd, Money.usd(10_000_00))));
        this.core = new WalletCore(MongoWalletStores.of(stores), provider, NO_BANK_DEPOSITS, settings, Clock.systemUTC(),
                () -> UUID.randomUUID().toString());
    }

    WalletCore core() {
        return core;
    }

    MongoPlaraStores stores() {
        return stores;
    }

    @Override
    public void close() {
        polar.close();
        client.close();
    }
}
